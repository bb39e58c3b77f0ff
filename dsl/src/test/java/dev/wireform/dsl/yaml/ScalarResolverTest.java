package dev.wireform.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarResolverTest {

  @ParameterizedTest(name = "{0} is read by YAML 1.1 as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "yes     | the boolean true",
        "Yes     | the boolean true",
        "YES     | the boolean true",
        "yEs     | the boolean true",
        "no      | the boolean false",
        "NO      | the boolean false",
        "on      | the boolean true",
        "OFF     | the boolean false",
        "y       | the boolean true",
        "N       | the boolean false",
        "0755    | the octal number 493",
        "-017    | the octal number -15",
        "089     | the number 89, not as written",
        "0b1010  | the binary number 10",
        "1_000   | the number 1000",
        "0x_1F   | the number 31",
        "1:20:30 | the base-60 number 4830",
        "-1:30   | the base-60 number -90",
        "1.10    | the number 1.1",
        "2.500   | the number 2.5",
        "1.00    | the number 1.0",
        "1_000.5 | the number 1000.5",
        ".inf    | infinity",
        "-.Inf   | infinity",
        ".NaN    | not-a-number",
        "1e99999999999 | a number too large to represent",
      })
  void flagsPlainScalarsThatYaml11ReadsDifferently(String text, String reading) {
    assertThat(ScalarResolver.resolve(text).yaml11()).contains(reading);
  }

  @ParameterizedTest(name = "{0} is not ambiguous")
  @CsvSource(
      delimiter = '|',
      value = {
        "true",
        "False",
        "TRUE",
        "null",
        "~",
        "0",
        "-7",
        "+3",
        "42",
        "0x1F",
        "1.0",
        "1.5",
        "0.35",
        "1e3",
        "1.5e-3",
        ".5",
        "hello",
        "1:20 pm",
        "node.port",
        "v1.10",
        "yesterday",
        "1.2.3",
        "-",
        "+"
      })
  void leavesOrdinaryScalarsAlone(String text) {
    assertThat(ScalarResolver.resolve(text).yaml11()).isEmpty();
  }

  @ParameterizedTest(name = "{0} resolves to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "42                    | java.lang.Long       | 42",
        "-9223372036854775808  | java.lang.Long       | -9223372036854775808",
        "9223372036854775808   | java.math.BigDecimal | 9223372036854775808",
        "0x1F                  | java.lang.Long       | 31",
        "0.35                  | java.math.BigDecimal | 0.35",
        "1e3                   | java.math.BigDecimal | 1E+3",
        "1.5                   | java.math.BigDecimal | 1.5",
        "True                  | java.lang.Boolean    | true",
        "text                  | java.lang.String     | text",
      })
  void resolvesToPlainJavaValues(String text, Class<?> type, String shown) {
    Object value = ScalarResolver.resolve(text).value();
    assertThat(value).isInstanceOf(type);
    assertThat(value instanceof BigDecimal d ? d.toString() : String.valueOf(value))
        .isEqualTo(shown);
  }

  @org.junit.jupiter.api.Test
  void resolvesNullForms() {
    assertThat(ScalarResolver.resolve("").value()).isNull();
    assertThat(ScalarResolver.resolve("~").value()).isNull();
    assertThat(ScalarResolver.resolve("NULL").value()).isNull();
  }
}
