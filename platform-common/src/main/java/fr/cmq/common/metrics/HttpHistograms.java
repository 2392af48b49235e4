package fr.cmq.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Latency histograms of the HTTP answers in every application (issue 12): {@code http.server.requests} (per route
 * template, method, status) gets its Prometheus histogram buckets, from 1 ms to 30 s, so that percentiles can be
 * computed across replicas and over any window ({@code histogram_quantile(0.99, sum by (le, uri)
 * (rate(http_server_requests_seconds_bucket[5m])))}). The route is the template ({@code /api/v1/campuses/{id}}),
 * never the path itself.
 */
@Singleton
public class HttpHistograms {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    @Produces
    @Singleton
    MeterFilter httpServerHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos())
                        .build().merge(config);
            }
        };
    }
}
