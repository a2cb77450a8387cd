import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paired A/B of authenticated reads (issue 15, gateway hot path): java ReadLoad.java ROUNDS
 * SEQUENTIAL SECONDS CONNECTIONS label=url ... For each round, and for each label in an order
 * that rotates every round (so the shared machine's drift hits every variant alike): SEQUENTIAL
 * reads on one connection (p50 in ms), then CONNECTIONS threads in a closed model for SECONDS
 * (reads/s). A frontdesk token from Keycloak's clinic-cli password grant; the URL is read with
 * it as a bearer token (a new one each round) and must answer 200. Prints every round and the
 * medians. Compiled once (javac -d DIR ReadLoad.java) so that compiling does not load the machine.
 */
public class ReadLoad {

	public static void main(String[] args) throws Exception {
		int rounds = Integer.parseInt(args[0]);
		int sequential = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int connections = Integer.parseInt(args[3]);
		Map<String, String> urls = new LinkedHashMap<>();
		for (String arg : Arrays.copyOfRange(args, 4, args.length)) {
			urls.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		String token = token();
		Map<String, List<Double>> p50 = new LinkedHashMap<>();
		Map<String, List<Double>> rate = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>(urls.keySet());
		// warm-up: every variant, both shapes
		for (String label : labels) {
			sequential(urls.get(label), token, 300);
			concurrent(urls.get(label), token, 3, connections);
		}
		for (int round = 0; round < rounds; round++) {
			// a fresh token each round: the realm's tokens live 5 minutes
			token = token();
			StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
			for (int i = 0; i < labels.size(); i++) {
				String label = labels.get((i + round) % labels.size());
				double p = (sequential > 0) ? sequential(urls.get(label), token, sequential) : Double.NaN;
				double r = (seconds > 0) ? concurrent(urls.get(label), token, seconds, connections) : Double.NaN;
				p50.computeIfAbsent(label, (k) -> new ArrayList<>()).add(p);
				rate.computeIfAbsent(label, (k) -> new ArrayList<>()).add(r);
				line.append(String.format("  %s p50 %.2f ms, %.0f/s", label, p, r));
			}
			System.out.println(line + "   (load " + load() + ")");
		}
		System.out.println("medians over " + rounds + " rounds:");
		for (String label : labels) {
			System.out.printf("  %-10s one connection p50 %.2f ms   %d connections %.0f reads/s%n", label,
					median(p50.get(label)), connections, median(rate.get(label)));
		}
	}

	static String load() throws Exception {
		return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
	}

	static String token() throws Exception {
		String form = "grant_type=password&client_id=clinic-cli&username=frontdesk&password="
				+ URLEncoder.encode("frontdesk-demo", StandardCharsets.UTF_8);
		HttpResponse<String> response = client().send(HttpRequest
			.newBuilder(URI.create("http://localhost:8180/realms/clinic/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no token: " + response.body());
		}
		return matcher.group(1);
	}

	static HttpRequest request(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
	}

	static void check(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + new String(response.body()));
		}
	}

	static double sequential(String url, String token, int n) throws Exception {
		HttpClient client = client();
		HttpRequest request = request(url, token);
		long[] nanos = new long[n];
		for (int i = 0; i < n; i++) {
			long start = System.nanoTime();
			check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos[n / 2] / 1e6;
	}

	static double concurrent(String url, String token, int seconds, int connections) throws Exception {
		HttpClient client = client();
		HttpRequest request = request(url, token);
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < connections; i++) {
			threads.add(Thread.ofPlatform().start(() -> {
				try {
					while (System.nanoTime() < end) {
						check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
						done.incrementAndGet();
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

}
