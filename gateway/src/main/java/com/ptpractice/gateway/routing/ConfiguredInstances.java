package com.ptpractice.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;

/**
 * The instances of each downstream service as configured ({@link DownstreamServices},
 * e.g. {@code SCHEDULING_URL=http://127.0.0.1:8081,http://127.0.0.1:8100}), for Spring
 * Cloud LoadBalancer, which picks one per request (round robin) for the {@code lb://}
 * routes and the guard's clients. No registry: the list is the configuration.
 */
@Component
class ConfiguredInstances implements ReactiveDiscoveryClient {

	private final DownstreamServices services;

	ConfiguredInstances(DownstreamServices services) {
		this.services = services;
	}

	@Override
	public String description() {
		return "Instances configured under ptpractice.services";
	}

	@Override
	public Flux<ServiceInstance> getInstances(String serviceId) {
		return Flux.fromIterable(this.services.withServiceId(serviceId)
			.map((service) -> instancesOf(serviceId, service.baseUrl()))
			.orElse(List.of()));
	}

	@Override
	public Flux<String> getServices() {
		return Flux.fromStream(this.services.all().map(DownstreamServices.Downstream::serviceId));
	}

	private static List<ServiceInstance> instancesOf(String serviceId, List<URI> addresses) {
		return IntStream.range(0, addresses.size()).mapToObj((index) -> {
			URI address = addresses.get(index);
			boolean secure = "https".equals(address.getScheme());
			int port = (address.getPort() != -1) ? address.getPort() : (secure ? 443 : 80);
			return (ServiceInstance) new DefaultServiceInstance(serviceId + "-" + (index + 1), serviceId,
					address.getHost(), port, secure);
		}).toList();
	}

}
