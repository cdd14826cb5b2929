package org.leavingcare.notification.domain.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetPolicyTest {

    /** Public names resolve to a documentation-free public address; internal.example to a private one. */
    static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "cms.example.org" -> new InetAddress[]{InetAddress.getByName("93.184.216.34")};
            case "internal.example.org" -> new InetAddress[]{InetAddress.getByName("93.184.216.34"),
                    InetAddress.getByName("10.1.2.3")};
            case "nowhere.example.org" -> throw new UnknownHostException(host);
            default -> InetAddress.getAllByName(host); // literal addresses only in this table
        };
    }

    @ParameterizedTest(name = "{0} (http {1}, private {2}) -> {3}")
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
            "https://cms.example.org/hooks               | false | false | OK",
            "http://cms.example.org/hooks                | false | false | must use https",
            "http://cms.example.org/hooks                | true  | false | OK",
            "ftp://cms.example.org/hooks                 | true  | false | must use https or http",
            "cms.example.org/hooks                       | false | false | must be an absolute https URL",
            "https://exa mple.org/                       | false | false | must be an absolute https URL",
            "https://user:pw@cms.example.org/            | false | false | must not contain a user name or password",
            "https://cms.example.org/hooks#x             | false | false | must not contain a fragment",
            "https:///hooks                              | false | false | must name a host",
            "https://nowhere.example.org/                | false | false | has a host name that does not resolve",
            "https://internal.example.org/               | false | false | must not point to a private, loopback or link-local address",
            "https://127.0.0.1/                          | false | false | must not point to a private, loopback or link-local address",
            "https://127.0.0.1/                          | false | true  | OK",
            "https://10.0.0.8/                           | false | false | must not point to a private, loopback or link-local address",
            "https://172.16.5.4/                         | false | false | must not point to a private, loopback or link-local address",
            "https://172.32.0.1/                         | false | false | OK",
            "https://192.168.1.1/                        | false | false | must not point to a private, loopback or link-local address",
            "https://169.254.169.254/latest/meta-data    | false | false | must not point to a private, loopback or link-local address",
            "https://100.64.0.1/                         | false | false | must not point to a private, loopback or link-local address",
            "https://100.128.0.1/                        | false | false | OK",
            "https://0.0.0.0/                            | false | false | must not point to a private, loopback or link-local address",
            "https://[::1]/                              | false | false | must not point to a private, loopback or link-local address",
            "https://[fe80::1]/                          | false | false | must not point to a private, loopback or link-local address",
            "https://[fd12:3456::1]/                     | false | false | must not point to a private, loopback or link-local address",
            "https://[::ffff:10.0.0.1]/                  | false | false | must not point to a private, loopback or link-local address",
            "https://[2001:4860:4860::8888]/             | false | false | OK",
            "https://[64:ff9b::7f00:1]/                   | false | false | must not point to a private, loopback or link-local address",
            "https://[64:ff9b::a9fe:a9fe]/                | false | false | must not point to a private, loopback or link-local address",
            "https://[64:ff9b:1::a00:1]/                  | false | false | must not point to a private, loopback or link-local address",
            "https://[2002:7f00:1::1]/                    | false | false | must not point to a private, loopback or link-local address",
            "https://[2002:c0a8:101::1]/                  | false | false | must not point to a private, loopback or link-local address",
            "https://[::ffff:169.254.169.254]/            | false | false | must not point to a private, loopback or link-local address",
            "https://[64:ff9b::5db8:d822]/                | false | false | OK",
            "https://[2002:5db8:d822::1]/                 | false | false | OK",
    })
    void refusesWhatAWebhookMustNotReach(String url, boolean allowHttp, boolean allowPrivate, String expected) {
        TargetPolicy policy = new TargetPolicy(allowHttp, allowPrivate, TargetPolicyTest::resolve);
        assertEquals(expected, policy.refusal(url.trim()).orElse(null));
    }
}
