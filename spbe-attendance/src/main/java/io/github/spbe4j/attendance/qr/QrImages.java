package io.github.spbe4j.attendance.qr;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Writes a {@link QrCode}'s matrix as PNG (through javax.imageio) or SVG (text of one path). */
final class QrImages {

    private QrImages() {
    }

    static byte[] png(QrCode qr) {
        int quiet = qr.options().quietZone();
        int scale = qr.options().moduleSize();
        int side = (qr.size() + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] white = new int[side];
        java.util.Arrays.fill(white, 1);
        for (int row = 0; row < side; row++) {
            raster.setPixels(0, row, side, 1, white);
        }
        int[] black = new int[scale * scale];
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.isDark(x, y)) {
                    raster.setPixels((x + quiet) * scale, (y + quiet) * scale, scale, scale, black);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java runtime has no PNG writer in javax.imageio");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return out.toByteArray();
    }

    static String svg(QrCode qr) {
        int quiet = qr.options().quietZone();
        int box = qr.size() + 2 * quiet;
        int px = box * qr.options().moduleSize();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size(); y++) {
            int x = 0;
            while (x < qr.size()) {
                if (!qr.isDark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < qr.size() && qr.isDark(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start + quiet).append(' ').append(y + quiet)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + px + "\" height=\"" + px
                + "\" viewBox=\"0 0 " + box + " " + box + "\" shape-rendering=\"crispEdges\">\n"
                + "<rect width=\"" + box + "\" height=\"" + box + "\" fill=\"#ffffff\"/>\n"
                + "<path fill=\"#000000\" d=\"" + path + "\"/>\n"
                + "</svg>\n";
    }
}
