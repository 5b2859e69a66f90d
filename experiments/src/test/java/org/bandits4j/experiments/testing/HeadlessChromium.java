package org.bandits4j.experiments.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven through the DevTools protocol with the JDK's WebSocket client:
 * loads a page, then reports its console errors, uncaught exceptions, failed loads and images.
 *
 * <p>Chromium is looked up at {@code $BANDITS4J_CHROMIUM}, {@code /usr/bin/chromium}, then {@code
 * chromium} on the PATH. When there is none, {@link #start} fails with a message saying how to
 * install it: CI installs it ({@code .ci/run}), so the test is never skipped.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();

  private final Path profile;

  private HeadlessChromium(Process process, WebSocket socket, Path profile) {
    this.process = process;
    this.socket = socket;
    this.profile = profile;
  }

  /** The Chromium executable, or an explanation of how to install it. */
  public static Path executable() {
    String env = System.getenv("BANDITS4J_CHROMIUM");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
      return Path.of("/usr/bin/chromium");
    }
    for (String dir :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator, -1)) {
      Path p = Path.of(dir, "chromium");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        "this test renders report.html in headless Chromium, and none was found: install"
            + " Debian's package ('apt-get install -y chromium', as .ci/run does) or set"
            + " BANDITS4J_CHROMIUM to a Chromium or Chrome executable");
  }

  /** Starts Chromium with a fresh profile and attaches to its blank page. */
  public static HeadlessChromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("bandits4j-chromium-");
    Process process =
        new ProcessBuilder(
                executable().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<String> browserUrl = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    browserUrl.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                browserUrl.completeExceptionally(e);
              }
              browserUrl.completeExceptionally(
                  new IllegalStateException("Chromium exited: " + lines));
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      URI browser = URI.create(browserUrl.get(60, TimeUnit.SECONDS));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String list =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create("http://" + browser.getAuthority() + "/json/list"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      String pageUrl = null;
      for (JsonNode target : JSON.readTree(list)) {
        if ("page".equals(target.path("type").asText())) {
          pageUrl = target.get("webSocketDebuggerUrl").asText();
        }
      }
      if (pageUrl == null) {
        throw new IllegalStateException("Chromium has no page target: " + list);
      }
      Listener listener = new Listener();
      WebSocket socket =
          http.newWebSocketBuilder()
              .buildAsync(URI.create(pageUrl), listener)
              .get(30, TimeUnit.SECONDS);
      HeadlessChromium chromium = new HeadlessChromium(process, socket, profile);
      listener.owner = chromium;
      chromium.stderr.addAll(lines);
      return chromium;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("could not attach to Chromium: " + lines, e);
    }
  }

  /** Sends one DevTools command and waits for its result. */
  public JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", params == null ? JSON.createObjectNode() : params);
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
    JsonNode answer = reply.get(60, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  /**
   * Loads a page and waits for its load event.
   *
   * @throws IllegalStateException if it does not load within 60 s
   */
  public void load(URI page) throws Exception {
    call("Runtime.enable", null);
    call("Log.enable", null);
    call("Page.enable", null);
    events.clear();
    ObjectNode p = JSON.createObjectNode();
    p.put("url", page.toString());
    call("Page.navigate", p);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (events.stream()
        .noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no load event for " + page + "; events: " + events);
      }
      Thread.sleep(20);
    }
    // let late console messages and failed loads arrive
    Thread.sleep(300);
  }

  /** Evaluates a JavaScript expression in the page and returns its JSON value. */
  public JsonNode evaluate(String expression) throws Exception {
    ObjectNode p = JSON.createObjectNode();
    p.put("expression", expression);
    p.put("returnByValue", true);
    JsonNode result = call("Runtime.evaluate", p);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /**
   * Every problem the page reported since it was loaded: uncaught exceptions, console errors, and
   * log entries of level error (failed resource loads among them).
   */
  public List<String> errors() {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      JsonNode params = e.path("params");
      if (method.equals("Runtime.exceptionThrown")) {
        out.add("exception: " + params.path("exceptionDetails"));
      } else if (method.equals("Runtime.consoleAPICalled")
          && params.path("type").asText().equals("error")) {
        out.add("console.error: " + params.path("args"));
      } else if (method.equals("Log.entryAdded")
          && params.path("entry").path("level").asText().equals("error")) {
        out.add(
            "log: "
                + params.path("entry").path("text").asText()
                + " "
                + params.path("entry").path("url").asText());
      }
    }
    return out;
  }

  /** Saves a PNG screenshot of the whole page. */
  public void screenshot(Path file) throws Exception {
    ObjectNode p = JSON.createObjectNode();
    p.put("format", "png");
    p.put("captureBeyondViewport", true);
    JsonNode r = call("Page.captureScreenshot", p);
    Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
  }

  @Override
  public void close() {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      org.bandits4j.experiments.run.FileResultStore.deleteTree(profile);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a profile left in the temporary folder is harmless
    }
  }

  private static final class Listener implements WebSocket.Listener {
    volatile HeadlessChromium owner;
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode message = JSON.readTree(text);
          HeadlessChromium o = owner;
          while (o == null) {
            Thread.onSpinWait();
            o = owner;
          }
          if (message.has("id")) {
            CompletableFuture<JsonNode> f = o.pending.remove(message.get("id").asInt());
            if (f != null) {
              f.complete(message);
            }
          } else {
            o.events.add(message);
          }
        } catch (IOException e) {
          throw new IllegalStateException("bad DevTools message: " + text, e);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
