package io.github.spbe4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrRenderCommandTest {

    @TempDir
    Path dir;

    private String token() {
        Path key = dir.resolve("k.json");
        assertThat(Cli.run("token", "keygen", "--alg", "hmac", "--key-id", "1", "-o", key.toString()).code()).isZero();
        Cli.Run r = Cli.run("token", "issue", "--key-file", key.toString(), "--location", "PEMDA-01");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"L", "M", "Q", "H"})
    void render_png_decodesToToken(String level) throws Exception {
        String token = token();
        Path png = dir.resolve("code.png");
        Cli.Run r = Cli.run("qr", "render", token, "-o", png.toString(), "--ec", level);
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(decoded).isEqualTo(token);
    }

    @Test
    void render_svg_writesSvg() throws Exception {
        Path svg = dir.resolve("code.svg");
        Cli.Run r = Cli.run("qr", "render", token(), "-o", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains("<svg");
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getNodeName()).isEqualTo("svg");
    }

    @Test
    void render_otherExtension_usageError() {
        Cli.Run r = Cli.run("qr", "render", "X", "-o", dir.resolve("code.gif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(".png").contains(".svg");
        assertThat(dir.resolve("code.gif")).doesNotExist();
    }
}
