package ma.marinemaroc.fleet.bindings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the provider-schema object type (e.g. {@code command:remote:Connection}) that a nested input class binds,
 * so the schema-conformance test can check its fields.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaType {
    /** Schema type token, a key of the schema's {@code types}. */
    String value();
}
