package org.upstairs.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which client addresses are this machine's own, for the demo password: only loopback
 * literals, never a name (which would need DNS) or anything unparsable.
 * AuthenticationTests signs in over this machine's network address for real.
 */
class ClientAddressTests {

	@Test
	void loopbackIsOnly127Slash8AndColonColon1() {
		assertThat(new String[] { "127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1", "::1", "::ffff:127.0.0.1" })
			.allSatisfy((address) -> assertThat(ClientAddress.isLoopback(address)).as(address).isTrue());
		assertThat(new String[] { "10.0.0.1", "192.168.1.10", "172.17.0.1", "203.0.113.7", "0.0.0.0", "::",
				"2001:db8::1", "fe80::1%1", "localhost", "127.0.0.1.example.org", "127.0.0.256", "1.2.3.4.5", "",
				"not an address" })
			.allSatisfy((address) -> assertThat(ClientAddress.isLoopback(address)).as(address).isFalse());
		assertThat(ClientAddress.isLoopback(null)).isFalse();
	}

	@Test
	void anIpv6AddressCountsAsItsSlash64() {
		assertThat(ClientAddress.throttleKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(ClientAddress.throttleKey("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.throttleKey(null)).isNull();
	}

}
