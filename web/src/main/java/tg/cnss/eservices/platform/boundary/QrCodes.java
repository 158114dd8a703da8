package tg.cnss.eservices.platform.boundary;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes as inline SVG (ZXing computes the modules): no image request, nothing for the
 * content-security policy to allow, and sharp at any zoom. Only used for text the portal makes
 * itself (otpauth:// links), never for what a user typed.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /** An SVG element drawing the QR code of {@code text}, labelled for screen readers. */
    public static String svg(String text, String label) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Texte trop long pour un code QR", e);
        }
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(' ')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cnss-qr\" role=\"img\" aria-label=\""
                + label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\" viewBox=\"0 0 "
                + size + " " + size + "\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
