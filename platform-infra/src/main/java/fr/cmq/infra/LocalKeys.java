package fr.cmq.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RS256 key pair of a local identity provider: created on first use, then kept in a folder,
 * so tokens written once stay valid across restarts. Production uses the real provider's public key.
 */
public final class LocalKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LocalKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A fresh key pair held in memory only (tests). */
    public static LocalKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new LocalKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** The key pair kept in {@code folder}, created there on first use. */
    public static LocalKeys loadOrCreate(Path folder) throws IOException {
        Path privateFile = folder.resolve(PRIVATE_KEY_FILE);
        Path publicFile = folder.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
                return new LocalKeys(privateKey, publicKey);
            } catch (GeneralSecurityException e) {
                throw new IOException("Unreadable key pair in " + folder, e);
            }
        }
        LocalKeys keys = generate();
        Files.createDirectories(folder);
        Files.writeString(privateFile, pem("PRIVATE KEY", keys.privateKey.getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicFile, keys.publicKeyPem(), StandardCharsets.US_ASCII);
        return keys;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The public key in PEM form, as smallrye-jwt's {@code mp.jwt.verify.publickey} accepts it. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public TokenMinter minter() {
        return new TokenMinter(privateKey);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
