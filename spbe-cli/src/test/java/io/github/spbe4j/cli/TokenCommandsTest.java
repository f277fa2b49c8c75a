package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCommandsTest {

    private static final String AT = "2026-03-31T08:00:00+07:00";

    @TempDir
    Path dir;

    private Path keygen(String alg, int id, String file) {
        Path key = dir.resolve(file);
        Cli.Run r = Cli.run("token", "keygen", "--alg", alg, "--key-id", Integer.toString(id), "-o", key.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        return key;
    }

    private String issue(Path key, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("token", "issue", "--key-file", key.toString(), "--location", "PEMDA-01"));
        args.addAll(List.of(more));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hmac", "ed25519"})
    void keygenIssueVerify_sameKey_accepted(String alg) throws Exception {
        Path key = keygen(alg, 7, "k.json");
        String token = issue(key, "--at", AT);
        Cli.Run r = Cli.run("token", "verify", token, "--key-file", key.toString(), "--location", "PEMDA-01", "--at", AT);
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("accepted: key 7, location PEMDA-01");
        assertKeyNotShown(key, token, r);
    }

    @Test
    void verify_publicKeyFile_acceptsEd25519Token() {
        Path key = keygen("ed25519", 3, "k.json");
        Path pub = dir.resolve("pub.json");
        Cli.Run p = Cli.run("token", "keygen", "--public", "--from", key.toString(), "-o", pub.toString());
        assertThat(p.code()).as(p.err()).isZero();
        String token = issue(key, "--at", AT);
        assertThat(Cli.run("token", "verify", token, "--key-file", pub.toString(), "--location", "PEMDA-01", "--at", AT).code()).isZero();
        Cli.Run cannot = Cli.run("token", "issue", "--key-file", pub.toString(), "--location", "PEMDA-01");
        assertThat(cannot.code()).isEqualTo(1);
        assertThat(cannot.err()).contains("public key");
    }

    @Test
    void verify_anotherKeyFile_rejectedWithReasonExitOne() {
        Path key = keygen("hmac", 7, "a.json");
        Path other = keygen("hmac", 7, "b.json");
        String token = issue(key, "--at", AT);
        Cli.Run r = Cli.run("token", "verify", token, "--key-file", other.toString(), "--location", "PEMDA-01", "--at", AT,
                "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"accepted\" : false").contains("\"reason\" : \"BAD_SIGNATURE\"").contains("\"detail\"");
    }

    @Test
    void verify_wrongLocation_rejected() {
        Path key = keygen("hmac", 1, "k.json");
        String token = issue(key, "--at", AT);
        Cli.Run r = Cli.run("token", "verify", token, "--key-file", key.toString(), "--location", "PEMDA-02", "--at", AT);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("rejected: WRONG_LOCATION");
    }

    @Test
    void verify_afterStep_expired() {
        Path key = keygen("hmac", 1, "k.json");
        String token = issue(key, "--at", AT, "--step", "30");
        Cli.Run r = Cli.run("token", "verify", token, "--key-file", key.toString(), "--location", "PEMDA-01",
                "--at", "2026-03-31T08:10:00+07:00", "--skew", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("rejected: EXPIRED");
    }

    @Test
    void verify_printedTokenWithinValidity_accepted() {
        Path key = keygen("ed25519", 2, "k.json");
        String token = issue(key, "--at", AT, "--valid-until", "2026-04-30T17:00:00+07:00", "--display", "12");
        Cli.Run r = Cli.run("token", "verify", token, "--key-file", key.toString(), "--location", "PEMDA-01",
                "--at", "2026-04-15T08:00:00+07:00", "--format", "json");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("\"accepted\" : true").contains("\"display\" : 12");
    }

    @Test
    void keygen_existingFile_refusedUnlessForce() throws Exception {
        Path key = keygen("hmac", 1, "k.json");
        String before = Files.readString(key);
        Cli.Run r = Cli.run("token", "keygen", "--alg", "hmac", "--key-id", "1", "-o", key.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--force");
        assertThat(Files.readString(key)).isEqualTo(before);
        assertThat(Cli.run("token", "keygen", "--alg", "hmac", "--key-id", "1", "-o", key.toString(), "--force").code()).isZero();
        assertThat(Files.readString(key)).isNotEqualTo(before);
    }

    @Test
    void keygen_keyFile_readableOnlyByOwner() throws Exception {
        Path key = keygen("hmac", 1, "k.json");
        if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }

    @Test
    void issue_keyAsArgument_noSuchOption() {
        for (String option : List.of("--key", "--secret", "--private-key")) {
            Cli.Run r = Cli.run("token", "issue", option, "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0", "--location", "X");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("Unknown option").contains(option);
        }
    }

    @Test
    void issue_unsetKeyEnv_saysSo() {
        Cli.Run r = Cli.run("token", "issue", "--key-env", "SPBE_TEST_NO_SUCH_VARIABLE_4711", "--location", "X");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("SPBE_TEST_NO_SUCH_VARIABLE_4711").contains("not set");
    }

    @Test
    void verify_brokenKeyFile_saysWhichFieldWithoutContent() throws Exception {
        Path key = dir.resolve("bad.json");
        Files.writeString(key, "{\"spbeTokenKey\":1,\"algorithm\":\"hmac-sha256\",\"keyId\":1,\"secret\":\"c2VjcmV0!!\"}");
        Cli.Run r = Cli.run("token", "verify", "X", "--key-file", key.toString(), "--location", "X");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("secret").contains("base64").doesNotContain("c2VjcmV0");
        Files.writeString(key, "{\"secret\": \"c2VjcmV0c2VjcmV0\" oops");
        Cli.Run notJson = Cli.run("token", "verify", "X", "--key-file", key.toString(), "--location", "X");
        assertThat(notJson.code()).isEqualTo(1);
        assertThat(notJson.err()).doesNotContain("c2VjcmV0");
    }

    private static void assertKeyNotShown(Path key, String token, Cli.Run r) throws Exception {
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(key.toFile());
        for (String field : List.of("secret", "privateKey")) {
            if (tree.has(field)) {
                String b64 = tree.get(field).asText();
                assertThat(Base64.getDecoder().decode(b64)).hasSizeGreaterThanOrEqualTo(32);
                assertThat(r.out() + r.err() + token).doesNotContain(b64).doesNotContain(b64.substring(0, 16));
            }
        }
    }
}
