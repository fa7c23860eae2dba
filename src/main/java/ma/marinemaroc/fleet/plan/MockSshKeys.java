package ma.marinemaroc.fleet.plan;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.util.Base64;

/**
 * Real, deterministic ED25519 key pairs in OpenSSH formats for the mock engine: what the tls provider would return
 * for a PrivateKey, so that code which checks keys (the cloud-init host key) runs unchanged offline. Never used for
 * a real host.
 */
public final class MockSshKeys {
    /** @param publicLine "ssh-ed25519 AAAA... comment"; @param privateOpenssh an unencrypted openssh-key-v1 PEM */
    public record Pair(String publicLine, String privateOpenssh) {
    }

    private MockSshKeys() {
    }

    public static Pair of(String seed) {
        try {
            SecureRandom rnd = SecureRandom.getInstance("SHA1PRNG");
            rnd.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(255, rnd);
            KeyPair kp = g.generateKeyPair();
            byte[] pub = rawPublic((EdECPublicKey) kp.getPublic());
            byte[] priv = ((EdECPrivateKey) kp.getPrivate()).getBytes().orElseThrow();
            String comment = "mock-" + seed;
            byte[] pubBlob = concat(str("ssh-ed25519"), str(pub));
            String publicLine = "ssh-ed25519 " + Base64.getEncoder().encodeToString(pubBlob) + " " + comment;

            ByteArrayOutputStream sec = new ByteArrayOutputStream();
            int check = seed.hashCode();
            sec.write(ByteBuffer.allocate(8).putInt(check).putInt(check).array());
            sec.write(str("ssh-ed25519"));
            sec.write(str(pub));
            sec.write(str(concat(priv, pub)));
            sec.write(str(comment.getBytes(StandardCharsets.UTF_8)));
            for (int i = 1; sec.size() % 8 != 0; i++) sec.write(i);

            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
            all.write(str("none"));
            all.write(str("none"));
            all.write(str(new byte[0]));
            all.write(ByteBuffer.allocate(4).putInt(1).array());
            all.write(str(pubBlob));
            all.write(str(sec.toByteArray()));
            String b64 = Base64.getMimeEncoder(70, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(all.toByteArray());
            String pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + b64 + "\n-----END OPENSSH PRIVATE KEY-----\n";
            return new Pair(publicLine, pem);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a mock ED25519 key", e);
        }
    }

    private static byte[] rawPublic(EdECPublicKey k) {
        byte[] be = k.getPoint().getY().toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) le[i] = be[be.length - 1 - i];
        if (k.getPoint().isXOdd()) le[31] |= (byte) 0x80;
        return le;
    }

    private static byte[] str(String s) {
        return str(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] str(byte[] b) {
        return ByteBuffer.allocate(4 + b.length).putInt(b.length).put(b).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
