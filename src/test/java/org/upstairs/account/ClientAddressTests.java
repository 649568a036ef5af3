package org.upstairs.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What failures from a client address are counted under.
 */
class ClientAddressTests {

	@Test
	void anIpv6AddressCountsAsItsSlash64() {
		assertThat(ClientAddress.throttleKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(ClientAddress.throttleKey("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.throttleKey(null)).isNull();
	}

}
