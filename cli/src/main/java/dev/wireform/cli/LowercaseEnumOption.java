package dev.wireform.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converter and completion candidates for an enum option whose values users type in lower case
 * ({@code --format json}); help and errors list them in lower case too. Subclass per enum with a
 * public no-argument constructor, and name the subclass as both {@code converter} and {@code
 * completionCandidates}.
 */
public abstract class LowercaseEnumOption<E extends Enum<E>>
    implements ITypeConverter<E>, Iterable<String> {
  private final Class<E> type;

  protected LowercaseEnumOption(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new TypeConversionException(
        "expected one of " + String.join(", ", this) + " but was '" + value + "'");
  }

  @Override
  public Iterator<String> iterator() {
    List<String> names =
        Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT))
            .toList();
    return names.iterator();
  }
}
