package org.scorelab.render.verovio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void quotedStringsReadBackUnchanged() {
        String tricky = "<mei a=\"1\">\n\t\\ \u0001 é</mei>";
        String json = "{\"id\":3,\"s\":" + Json.quote(tricky) + ",\"ok\":true,\"none\":null}";
        Map<String, Object> m = Json.parseObject(json);
        assertThat(m).containsEntry("id", 3.0).containsEntry("s", tricky).containsEntry("ok", true).containsEntry("none", null);
        assertThat(Json.quote("a\u0001b")).isEqualTo("\"a\\u0001b\"");
    }

    @Test
    void nestedObjectsAndArraysOfAPageAnswerReadBack() {
        Map<String, Object> m = Json.parseObject(
                "{\"systems\":[{\"measures\":[\"1\",\"2\"],\"staves\":[{\"lines\":[10.5,28.5],\"left\":3}]},{}],\"e\":[]}");
        assertThat(m.get("e")).isEqualTo(List.of());
        List<?> systems = (List<?>) m.get("systems");
        assertThat(systems).hasSize(2);
        Map<?, ?> first = (Map<?, ?>) systems.get(0);
        assertThat(first.get("measures")).isEqualTo(List.of("1", "2"));
        assertThat(((Map<?, ?>) ((List<?>) first.get("staves")).get(0)).get("lines")).isEqualTo(List.of(10.5, 28.5));
        assertThat(systems.get(1)).isEqualTo(Map.of());
        assertThatThrownBy(() -> Json.parseObject("{\"a\":[1 2]}"))
                .hasMessage("JSON col 9: found '2', expected ',' or ']'");
    }

    @Test
    void malformedInputNamesTheColumn() {
        assertThatThrownBy(() -> Json.parseObject("{\"id\" 3}"))
                .hasMessage("JSON col 7: found '3', expected ':'");
        assertThatThrownBy(() -> Json.parseObject("{\"id\":3} x"))
                .hasMessage("JSON col 10: found 'x', expected end of input");
        assertThatThrownBy(() -> Json.parseObject("{\"id\":"))
                .hasMessage("JSON col 7: found end of input, expected more input");
    }
}
