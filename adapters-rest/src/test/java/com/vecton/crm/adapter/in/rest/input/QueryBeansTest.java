package com.vecton.crm.adapter.in.rest.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.RestApi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryBeansTest {

    @Test
    void a_bean_gets_each_parameters_first_value_or_null() {
        var query = new MultivaluedHashMap<String, String>(Map.of("page", "3"));
        query.add("per_page", "");
        query.add("per_page", "50");
        query.add("unrelated", "x");

        PageParams bean = QueryBeans.filler(PageParams.class).orElseThrow().apply(query);

        assertEquals("3", bean.page);
        assertEquals("", bean.perPage, "the first value, as Jersey injects it, even when empty");
        ChangeParams none = QueryBeans.filler(ChangeParams.class).orElseThrow().apply(new MultivaluedHashMap<>());
        assertNull(none.cursor);
        assertNull(none.perPage);
    }

    @Test
    void every_bean_parameter_of_the_routes_is_filled_here_not_by_jersey() {
        var beans = new ArrayList<Class<?>>();
        for (Class<?> resource : RestApi.RESOURCE_CLASSES) {
            for (Method method : resource.getMethods()) {
                var types = method.getParameterTypes();
                var annotations = method.getParameterAnnotations();
                for (int i = 0; i < types.length; i++) {
                    for (var annotation : annotations[i]) {
                        if (annotation instanceof BeanParam) {
                            beans.add(types[i]);
                        }
                    }
                }
            }
        }
        assertTrue(beans.size() >= 10, "the routes take their paging and filters as beans: " + beans);
        for (Class<?> bean : beans) {
            assertTrue(QueryBeans.filler(bean).isPresent(), bean + " would be created through HK2 on every request");
        }
    }

    /** A default value changes what Jersey injects: such a bean stays Jersey's. */
    public static final class WithDefault {
        @QueryParam("page")
        @DefaultValue("1")
        public String page;
    }

    /** So does a field of another type, which Jersey converts. */
    public static final class WithNumber {
        @QueryParam("page")
        public Integer page;
    }

    @Test
    void a_bean_of_another_shape_is_left_to_jersey() {
        for (Class<?> type : List.of(WithDefault.class, WithNumber.class, String.class)) {
            assertTrue(QueryBeans.filler(type).isEmpty(), type.getName());
        }
    }
}
