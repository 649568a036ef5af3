package org.upstairs.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The address a sign-in comes from: the servlet request's remote address, which is the
 * proxy's unless {@code server.forward-headers-strategy} tells the service to believe
 * {@code X-Forwarded-For} or {@code Forwarded}.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	/**
	 * The client address of a sign-in attempt.
	 * @param authentication the attempt, with the request's details when it came over
	 * HTTP
	 * @return the address as the container reports it, or null when unknown
	 */
	static String of(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	/**
	 * Whether the address is this machine's own.
	 * @param address an IP address, or null
	 * @return true for 127.0.0.0/8 and ::1; false for anything else, unknown or
	 * unparsable
	 */
	static boolean isLoopback(String address) {
		InetAddress parsed = parse(address);
		return parsed != null && parsed.isLoopbackAddress();
	}

	/**
	 * What failures from this address are counted under.
	 * @param address an IP address, or null
	 * @return the address itself, an IPv6 address's /64 (one host usually holds a whole
	 * /64), or null when unknown
	 */
	static String throttleKey(String address) {
		InetAddress parsed = parse(address);
		if (parsed instanceof Inet6Address) {
			byte[] prefix = Arrays.copyOf(parsed.getAddress(), 16);
			Arrays.fill(prefix, 8, 16, (byte) 0);
			try {
				return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return (parsed != null) ? parsed.getHostAddress() : address;
	}

	// Only literals are parsed: a host name would cost a DNS lookup.
	private static InetAddress parse(String address) {
		if (address == null || address.isEmpty()) {
			return null;
		}
		try {
			if (address.indexOf(':') >= 0) {
				// With a colon, Java parses an IPv6 literal and never asks DNS.
				return InetAddress.getByName(address);
			}
			String[] parts = address.split("\\.", -1);
			if (parts.length != 4) {
				return null;
			}
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				if (parts[i].isEmpty() || parts[i].length() > 3
						|| !parts[i].chars().allMatch((c) -> c >= '0' && c <= '9')) {
					return null;
				}
				int value = Integer.parseInt(parts[i]);
				if (value > 255) {
					return null;
				}
				bytes[i] = (byte) value;
			}
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
