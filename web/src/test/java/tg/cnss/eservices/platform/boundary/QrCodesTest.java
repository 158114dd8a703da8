package tg.cnss.eservices.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    @Test
    void theSvgReadsBackAsTheSameTextLikeAPhoneCameraWould() throws Exception {
        String uri = "otpauth://totp/CNSS%20Togo:agent%40cnss.tg?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=CNSS%20Togo&algorithm=SHA1&digits=6&period=30";
        String svg = QrCodes.svg(uri, "Code QR");
        assertTrue(svg.startsWith("<svg ") && svg.contains("role=\"img\" aria-label=\"Code QR\""), svg);

        Matcher size = SIZE.matcher(svg);
        assertTrue(size.find());
        int modules = Integer.parseInt(size.group(1));
        int side = modules * SCALE;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                Arrays.fill(pixels, (y * SCALE + dy) * side + x * SCALE, (y * SCALE + dy) * side + (x + 1) * SCALE, 0);
            }
        }
        String read = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
                .getText();
        assertEquals(uri, read);
    }

    @Test
    void theLabelIsEscaped() {
        assertTrue(QrCodes.svg("x", "a \"b\" <c> & d").contains("aria-label=\"a &quot;b&quot; &lt;c> &amp; d\""));
    }
}
