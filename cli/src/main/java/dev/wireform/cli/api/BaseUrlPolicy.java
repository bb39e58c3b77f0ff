package dev.wireform.cli.api;

import okhttp3.HttpUrl;

/**
 * Checks a base URL before it is used: ASCII only (OkHttp 3 mis-verifies internationalised
 * hostnames, CVE-2021-0341), no credentials in it, https unless the host is loopback, no query or
 * fragment. Returns the URL normalised to end with '/', as Retrofit needs.
 */
final class BaseUrlPolicy {
  private BaseUrlPolicy() {}

  static String check(String url) {
    if (url == null || url.isBlank()) {
      throw new ClientConfigException(
          "the Wireflow base URL is empty", "use e.g. " + ClientConfig.DEFAULT_BASE_URL);
    }
    String trimmed = url.strip();
    if (hasUserInfo(trimmed)) {
      // Not quoted: the user part may be a password.
      throw new ClientConfigException(
          "the Wireflow base URL contains credentials (user:password@host)",
          "remove them from the URL; the API key is read from the environment variable only");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c > 0x7e || c < 0x20) {
        throw new ClientConfigException(
            "the Wireflow base URL '" + trimmed + "' contains the non-ASCII character '"
                + c + "' at position " + (i + 1)
                + "; internationalised hostnames are refused (OkHttp 3 hostname verification,"
                + " CVE-2021-0341)",
            "write the host in its ASCII (punycode, xn--...) form");
      }
    }
    HttpUrl parsed = HttpUrl.parse(trimmed);
    if (parsed == null) {
      throw new ClientConfigException(
          "the Wireflow base URL '" + trimmed + "' is not an http(s) URL",
          "use e.g. " + ClientConfig.DEFAULT_BASE_URL);
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new ClientConfigException(
          "the Wireflow base URL '" + trimmed + "' has a query or fragment",
          "use only scheme, host, port and path, e.g. " + ClientConfig.DEFAULT_BASE_URL);
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new ClientConfigException(
          "refusing plain http:// for the non-loopback host '" + parsed.host()
              + "': the API key would cross the network unencrypted",
          "use https://" + parsed.host() + parsed.encodedPath()
              + " (plain http is allowed only for localhost, 127.0.0.0/8 and ::1)");
    }
    String s = parsed.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  static boolean isLoopback(String host) {
    return host.equalsIgnoreCase("localhost")
        || host.equals("::1")
        || host.equals("0:0:0:0:0:0:0:1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static boolean hasUserInfo(String url) {
    int start = url.indexOf("://");
    String rest = start < 0 ? url : url.substring(start + 3);
    int end = rest.length();
    for (char stop : new char[] {'/', '?', '#'}) {
      int i = rest.indexOf(stop);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return rest.substring(0, end).contains("@");
  }
}
