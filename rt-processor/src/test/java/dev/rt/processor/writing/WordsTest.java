package dev.rt.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import org.junit.jupiter.api.Test;

/** The English of generated javadoc: counts and articles. */
class WordsTest {

    @Test
    void countIsSingularForOneOnly() {
        assertEquals("1 record", Words.count(1, "record"));
        assertEquals("0 records", Words.count(0, "record"));
        assertEquals("2 records", Words.count(2, "record"));
        assertEquals("1 restart", Words.count(1, "restart"));
        assertEquals("5 restarts", Words.count(5, "restart"));
        assertEquals("1 queued message", Words.count(1, "queued message", "queued messages"));
        assertEquals("3 children", Words.count(3, "child", "children"));
    }

    @Test
    void pluralFollowsTheUsualRules() {
        assertEquals("messages", Words.plural("message"));
        assertEquals("entries", Words.plural("entry"));
        assertEquals("keys", Words.plural("key"));
        assertEquals("boxes", Words.plural("box"));
        assertEquals("batches", Words.plural("batch"));
        assertEquals("classes", Words.plural("class"));
    }

    @Test
    void articleFollowsTheSound() {
        assertEquals("an", Words.article("Inventory"));
        assertEquals("an", Words.article("Order"));
        assertEquals("an", Words.article("Echo"));
        assertEquals("an", Words.article("Optional"));
        assertEquals("a", Words.article("Counter"));
        assertEquals("a", Words.article("List"));
        assertEquals("a", Words.article("UserStore"));
        assertEquals("a", Words.article("UniqueIds"));
        assertEquals("a", Words.article("OneShot"));
        assertEquals("a", Words.article("EuropeDesk"));
        assertEquals("an", Words.article("Hourly"));
        assertEquals("an", Words.article("Umbrella"));
        assertEquals("an", Words.article("HTTPClient"));
        assertEquals("an", Words.article("SQLStore"));
        assertEquals("a", Words.article("URLFetcher"));
        assertEquals("a", Words.article("KVStore"));
    }

    @Test
    void articleOfANestedTypeFollowsItsOutermostName() {
        assertEquals("a", Words.article(ClassName.get("demo", "Greeters", "English")));
        assertEquals("an", Words.article(ClassName.get("demo", "Inventory")));
    }
}
