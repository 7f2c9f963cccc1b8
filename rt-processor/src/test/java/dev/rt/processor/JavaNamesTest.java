package dev.rt.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The names of generated constants, which the handles (a message with no components) and the
 * codecs (tags and enum values) both take from {@link JavaNames}.
 */
class JavaNamesTest {

    @Test
    void aConstantIsItsNameInUpperSnakeCase() {
        assertEquals("WORK", JavaNames.constantName("work"));
        assertEquals("GET_ALL", JavaNames.constantName("getAll"));
        assertEquals("COUNTER_MSG_ADD", JavaNames.constantName("CounterMsgAdd"));
        assertEquals("URL_FETCH", JavaNames.constantName("URLFetch"));
        assertEquals("GET_URL", JavaNames.constantName("getURL"));
        assertEquals("STEP2_DONE", JavaNames.constantName("step2Done"));
    }

    @Test
    void namesThatMeetInOneScopeAreNumberedFromTheSecond() {
        Set<String> used = new HashSet<>();
        List<String> names = List.of("getUrl", "getURL", "getUrl").stream()
                .map(method -> JavaNames.unique(JavaNames.constantName(method), used))
                .toList();

        assertEquals(List.of("GET_URL", "GET_URL2", "GET_URL3"), names);
        assertEquals(Set.of("GET_URL", "GET_URL2", "GET_URL3"), used);
    }
}
