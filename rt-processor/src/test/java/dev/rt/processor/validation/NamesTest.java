package dev.rt.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "Increment, increment",
        "URLFetch, urlFetch",
        "GET, get",
        "IOError, ioError",
        "HTTP2Get, http2Get",
        "X, x",
        "A1, a1",
        "getAll, getAll",
        "_Internal, _Internal",
        "ÉtatGet, étatGet",
    })
    void handleMethodNameIsLowerCamelCase(String simpleName, String methodName) {
        assertEquals(methodName, Names.handleMethodName(simpleName));
    }

    @Test
    void keywordsAndLiteralsAreNotMethodNames() {
        assertTrue(Names.isKeyword("new"));
        assertTrue(Names.isKeyword("default"));
        assertTrue(Names.isKeyword("class"));
        assertTrue(Names.isKeyword("switch"));
        assertTrue(Names.isKeyword("true"));
        assertTrue(Names.isKeyword("null"));
        assertFalse(Names.isKeyword("record"));
        assertFalse(Names.isKeyword("get"));
    }
}
