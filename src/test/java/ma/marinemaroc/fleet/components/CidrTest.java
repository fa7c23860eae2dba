package ma.marinemaroc.fleet.components;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict IPv4 CIDR parser behind the network components' range checks and subnet layout. */
class CidrTest {
    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/24", "256.0.0.0/8", "10.0.0.0/33", "010.0.0.0/8", "10.0.0/8", "10.0.0.0", " 10.0.0.0/8",
            "10.0.0.0/8 ", "::/0", "a.b.c.d/8"})
    void refusesWhatIsNotACanonicalIpv4Network(String text) {
        assertThat(Cidr.parse(text)).isNull();
    }

    @Test
    void privateMeansInsideRfc1918() {
        assertThat(Cidr.parse("10.20.0.0/20").isPrivate()).isTrue();
        assertThat(Cidr.parse("172.31.255.0/24").isPrivate()).isTrue();
        assertThat(Cidr.parse("172.32.0.0/16").isPrivate()).isFalse();
        assertThat(Cidr.parse("192.168.0.0/15").isPrivate()).as("wider than 192.168/16").isFalse();
        assertThat(Cidr.parse("100.64.0.0/10").isPrivate()).as("carrier-grade NAT is not RFC 1918").isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").isPrivate()).isFalse();
    }

    @Test
    void splitsIntoEqualConsecutiveParts() {
        assertThat(Cidr.parse("192.168.10.0/24").split(2)).extracting(Cidr::toString)
                .containsExactly("192.168.10.0/26", "192.168.10.64/26", "192.168.10.128/26", "192.168.10.192/26");
        assertThat(Cidr.parse("10.255.255.0/24").split(1)).extracting(Cidr::toString)
                .containsExactly("10.255.255.0/25", "10.255.255.128/25");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/31").split(2)).hasMessageContaining("cannot be split");
    }
}
