package ma.marinemaroc.fleet.host.bootstrap;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * One OpenSSH public key line ({@code type base64 [comment]}), checked structurally: the type is one we accept, the
 * base64 decodes, the key type embedded in the blob matches the declared one, and the blob has the shape of its
 * algorithm (ed25519: 32-byte point; ECDSA: matching curve name; RSA: modulus of at least 2048 bits).
 * authorized_keys options (e.g. {@code from="..."}) are not accepted.
 */
public record SshPublicKey(String type, String base64, String comment) {

    /** Accepted key types, mapped to the curve name an ECDSA blob must carry (empty for non-ECDSA). */
    private static final Map<String, String> TYPES = Map.of(
            "ssh-ed25519", "",
            "ssh-rsa", "",
            "ecdsa-sha2-nistp256", "nistp256",
            "ecdsa-sha2-nistp384", "nistp384",
            "ecdsa-sha2-nistp521", "nistp521");

    static final int MIN_RSA_BITS = 2048;

    public SshPublicKey {
        Objects.requireNonNull(type, "ssh key type");
        Objects.requireNonNull(base64, "ssh key base64");
        comment = comment == null ? "" : comment.strip();
        if (comment.contains("\n") || comment.contains("\r")) {
            throw new IllegalArgumentException("ssh key comment must be a single line");
        }
        if (!TYPES.containsKey(type)) {
            throw new IllegalArgumentException("unsupported ssh key type '" + type + "' (accepted: "
                    + String.join(", ", TYPES.keySet().stream().sorted().toList()) + ")");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ssh key of type " + type + ": key data is not valid base64", e);
        }
        checkBlob(type, blob);
    }

    /** Parses a public key line as found in a {@code .pub} file; surrounding whitespace is ignored. */
    public static SshPublicKey parse(String line) {
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("ssh public key is empty");
        }
        String s = line.strip();
        if (s.contains("PRIVATE KEY")) {
            throw new IllegalArgumentException("this is a PRIVATE key; pass the public key (.pub) line instead");
        }
        if (s.contains("\n") || s.contains("\r")) {
            throw new IllegalArgumentException("ssh public key must be a single line");
        }
        String[] parts = s.split("\\s+", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException("ssh public key must look like '<type> <base64> [comment]': " + abbreviate(s));
        }
        return new SshPublicKey(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
    }

    /** The key as one authorized_keys line. */
    public String line() {
        return comment.isEmpty() ? type + " " + base64 : type + " " + base64 + " " + comment;
    }

    private static void checkBlob(String type, byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        try {
            String embedded = new String(readString(in), StandardCharsets.US_ASCII);
            if (!embedded.equals(type)) {
                throw new IllegalArgumentException("ssh key declares type " + type + " but its data is a " + embedded + " key");
            }
            switch (type) {
                case "ssh-ed25519" -> {
                    if (readString(in).length != 32) {
                        throw new IllegalArgumentException("ssh-ed25519 key data has a wrong key length");
                    }
                }
                case "ssh-rsa" -> {
                    readString(in); // public exponent
                    int bits = new BigInteger(1, readString(in)).bitLength();
                    if (bits < MIN_RSA_BITS) {
                        throw new IllegalArgumentException("ssh-rsa key is " + bits + " bits; at least " + MIN_RSA_BITS + " required");
                    }
                }
                default -> {
                    String curve = new String(readString(in), StandardCharsets.US_ASCII);
                    if (!curve.equals(TYPES.get(type))) {
                        throw new IllegalArgumentException(type + " key data names curve " + curve);
                    }
                    readString(in); // curve point
                }
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(type + " key data has trailing bytes");
            }
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException(type + " key data is truncated", e);
        }
    }

    private static byte[] readString(ByteBuffer in) {
        int len = in.getInt();
        if (len < 0 || len > in.remaining()) {
            throw new IllegalArgumentException("ssh key data is truncated or corrupt");
        }
        byte[] out = new byte[len];
        in.get(out);
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    @Override
    public String toString() {
        return line();
    }
}
