package dev.wireform.cli.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads a response body as a {@link JsonNode}, tolerating an empty body (JSON null) and
 * reporting a non-JSON body as a {@link MalformedBodyException} that names the content type.
 * Request bodies are left to the Jackson converter.
 */
final class JsonNodeConverterFactory extends Converter.Factory {
  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type != JsonNode.class) {
      return null;
    }
    return (ResponseBody body) -> {
      MediaType contentType = body.contentType();
      String text = body.string();
      if (text.isBlank()) {
        return NullNode.getInstance();
      }
      try {
        return Json.MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        String snippet = text.strip().replaceAll("\\s+", " ");
        if (snippet.length() > 80) {
          snippet = snippet.substring(0, 80) + "...";
        }
        throw new MalformedBodyException(
            "the response body is not JSON (Content-Type "
                + (contentType == null ? "none" : contentType.toString()) + "; unreadable at line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                + "): '" + snippet + "'",
            e);
      }
    };
  }
}
