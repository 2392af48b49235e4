package fr.cmq.gateway.dashboard;

import fr.cmq.events.EventContract;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How the read model's JSON columns are written and read: with the event contract's mapper, so that a record
 * stored by an older contract (a field since removed, a field since added) still reads back (forward compatible).
 */
@JsonFormat
@PersistenceUnitExtension
public class ReadModelJson implements FormatMapper {

    private final FormatMapper contract = new JacksonJsonFormatMapper(EventContract.objectMapper());

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
        return contract.fromString(text, javaType, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return contract.toString(value, javaType, options);
    }
}
