package dev.copydesk.core.load;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file without assuming a charset: a byte-order mark wins, then
 * strict UTF-8, then UTF-16 without a BOM when every other byte is zero, then ICU4J's statistical
 * {@link CharsetDetector} (Windows-1252 and the ISO-8859 family, among others). Binary content
 * (NUL bytes in a file that is not UTF-16) is refused.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes) throws LoadException {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16);
        }
        if (looksBinary(bytes)) {
            throw new LoadException("binary file, not text");
        }
        // The String constructor's UTF-8 decoding is the JDK's fastest (straight to a compact
        // string), but it replaces malformed input with U+FFFD rather than failing; only a text
        // that has a U+FFFD after it, then, needs the strict decoder to tell a real one from a
        // replacement.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, StandardCharsets.UTF_8);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return detect(bytes);
        }
    }

    private static Decoded detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        Charset charset = WINDOWS_1252;
        if (match != null && match.getConfidence() >= 30) {
            String name = match.getName();
            // ISO-8859-1 is reported for text that is really Windows-1252 (curly quotes in 0x80-0x9F)
            if (!"ISO-8859-1".equals(name) && Charset.isSupported(name)) {
                charset = Charset.forName(name);
            }
        }
        return new Decoded(new String(bytes, charset), charset);
    }

    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control > n / 10;
    }
}
