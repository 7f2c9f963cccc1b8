package dev.rt.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

    private static String string(String s) {
        return new Json().value(s).toString();
    }

    @Test
    void plainTextIsWrittenAsIs() {
        assertEquals("\"/user/trading/risk é ü 日本\"", string("/user/trading/risk é ü 日本"));
    }

    @Test
    void quotesBackslashesAndTheShortFormsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\b\\f\\n\\r\\t\"", string("a\"b\\c\b\f\n\r\t"));
    }

    @Test
    void otherControlCharactersAreUnicodeEscapes() {
        assertEquals("\"\\u0000\\u0001\\u001f\\u007f\"".replace("\\u007f", "\u007f"),
                string("\u0000\u0001\u001f\u007f"));
    }

    @Test
    void htmlSignificantCharactersAndJavaScriptLineEndsAreEscaped() {
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\u2028\\u2029\"",
                string("</script> & \u2028\u2029"));
    }

    @Test
    void surrogatePairsAreKeptAndLoneSurrogatesEscaped() {
        assertEquals("\"\uD83D\uDE00\"", string("\uD83D\uDE00"));
        assertEquals("\"\\ud83d x \\ude00\"", string("\uD83D x \uDE00"));
        assertEquals("\"\\ud83d\"", string("\uD83D"));
    }

    @Test
    void nullIsTheLiteral() {
        assertEquals("null", new Json().value((String) null).toString());
    }

    @Test
    void objectsAndArraysAreSeparatedByCommas() {
        String json = new Json().beginObject()
                .member("a", 1).member("b", true).member("c", "x")
                .name("d").beginArray().value(1).value(2)
                .beginObject().endObject().beginArray().endArray().endArray()
                .name("e").beginObject().member("f", -3).endObject()
                .endObject().toString();
        assertEquals("{\"a\":1,\"b\":true,\"c\":\"x\",\"d\":[1,2,{},[]],\"e\":{\"f\":-3}}",
                json);
    }

    @Test
    void namesAreEscapedToo() {
        assertEquals("{\"a\\\"b\":0}", new Json().beginObject().member("a\"b", 0).endObject()
                .toString());
    }
}
