package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class ResponseTimeTest {

    @Test
    void meanAndMedianInMinutes() {
        ResponseTime time = ResponseTime.of(List.of(Duration.ofMinutes(5), Duration.ofMinutes(20), Duration.ofSeconds(90)));
        assertEquals(new BigDecimal("8.8333"), time.meanMinutes());
        assertEquals(new BigDecimal("5.0000"), time.medianMinutes());
    }

    @Test
    void fractionsOfASecondCount() {
        ResponseTime time = ResponseTime.of(List.of(Duration.ofMillis(1500), Duration.ofMillis(4500)));
        // 6 s over 2 answers = 3 s = 0.05 min; the median is the mean of 1.5 s and 4.5 s
        assertEquals(new BigDecimal("0.0500"), time.meanMinutes());
        assertEquals(new BigDecimal("0.0500"), time.medianMinutes());
    }

    @Test
    void rejectsANegativeWaitNamingTheEnquiry() {
        Expect.error(Reason.OUT_OF_RANGE, "wait of enquiry 2", "PT-1M", "wait of enquiry 2 PT-1M must not be negative",
                () -> ResponseTime.of(List.of(Duration.ZERO, Duration.ofMinutes(-1))));
    }

    @Test
    void rejectsNoAnswers() {
        Expect.error(Reason.DIVISION_BY_ZERO, "answers", "0", "response time divides by the number of answers, which is 0",
                () -> ResponseTime.of(List.of()));
    }
}
