package org.leavingcare.notification.domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may be sent to. A subscription is a request to make this service call a URL, so
 * without these checks anyone with the integration role could make it call the council's internal
 * network or a cloud metadata endpoint (server-side request forgery). Checked when a subscription is
 * created and again, on the resolved addresses, before every attempt (the DNS answer can change).
 */
public final class TargetPolicy {

    /** Resolves a host name to its addresses; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public TargetPolicy(boolean allowHttp, boolean allowPrivate, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public TargetPolicy(boolean allowHttp, boolean allowPrivate) {
        this(allowHttp, allowPrivate, InetAddress::getAllByName);
    }

    /** Why {@code url} may not be a target (a message to follow the field name), or empty if it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must use https or http" : "must use https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        return addressRefusal(uri.getHost());
    }

    /** Why the host's current addresses may not be called, or empty if they may. */
    public Optional<String> addressRefusal(String host) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("has a host name that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("must not point to a private, loopback or link-local address");
            }
        }
        return Optional.empty();
    }

    /** Whether an address is one a webhook must never reach from outside the public internet. */
    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                       // "this" network
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT, RFC 6598
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19))   // benchmarking, RFC 2544
                    || first >= 240;                                // reserved and broadcast
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true;                                        // unique local fc00::/7
            }
            if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                if (b[4] == 0x00 && b[5] == 0x01) {
                    return true;                                    // local-use NAT64 64:ff9b:1::/48, RFC 8215
                }
                return !isZeros(b, 4, 12) || embeddedIsInternal(b, 12); // NAT64 64:ff9b::/96 (RFC 6052): its IPv4
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return embeddedIsInternal(b, 2);                    // 6to4 2002::/16 (RFC 3056): 2002:AABB:CCDD::
            }
            if (v6.isIPv4CompatibleAddress()) {
                return embeddedIsInternal(b, 12);
            }
        }
        return false;
    }

    private static boolean isZeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the IPv4 address embedded at {@code b[from..from+4)} of an IPv6 address is internal. */
    private static boolean embeddedIsInternal(byte[] b, int from) {
        try {
            return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, from, from + 4)));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
