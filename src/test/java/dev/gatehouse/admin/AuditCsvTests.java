package dev.gatehouse.admin;

import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import dev.gatehouse.audit.AuditEventView;
import dev.gatehouse.shared.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTests {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "a,b|`\"a,b\"`",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
            "=SUM(A1:A2)|'=SUM(A1:A2)",
            "+31 20 123|'+31 20 123",
            "-1+1|'-1+1",
            "@cmd|'@cmd",
            "=1,2|`\"'=1,2\"`",
    })
    void quotesLikeRfc4180AndDisarmsFormulas(String value, String written) {
        assertThat(AuditCsv.cell(value)).isEqualTo(written);
    }

    @Test
    void lineBreaksTabsAndCarriageReturnsStayInsideOneQuotedCell() {
        assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditCsv.cell("\tindented")).isEqualTo("'\tindented");
        assertThat(AuditCsv.cell("\rreturn")).isEqualTo("\"'\rreturn\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void oneEventIsOneCrlfTerminatedRowInTheHeadersOrder() throws Exception {
        UUID user = UUID.fromString("8f6b1e3c-1111-4222-8333-944455556666");
        var event = new AuditEventView(42, Instant.parse("2026-06-01T09:15:30.123456Z"), "CredentialsIssued",
                Outcome.SUCCESS.name(), user, "alice", "192.0.2.10", "Mozilla/5.0 (X11, Linux)", "req-1", "111122223333",
                "ReadOnly", "{\"accessKeyId\":\"ASIAEXAMPLE\"}", "h", null);
        StringWriter out = new StringWriter();

        AuditCsv.writeHeader(out);
        AuditCsv.write(out, event);

        assertThat(out.toString()).isEqualTo("id,time_utc,action,outcome,user_id,username,client_address,user_agent,"
                + "request_id,account_id,permission_set,details\r\n"
                + "42,2026-06-01 09:15:30,CredentialsIssued,SUCCESS,8f6b1e3c-1111-4222-8333-944455556666,alice,"
                + "192.0.2.10,\"Mozilla/5.0 (X11, Linux)\",req-1,111122223333,ReadOnly,"
                + "\"{\"\"accessKeyId\"\":\"\"ASIAEXAMPLE\"\"}\"\r\n");
    }
}
