package dev.gatehouse.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.audit.AuditCursor;
import dev.gatehouse.audit.AuditEventView;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit list's pager: Newest, Newer and Older links that keep the filters, and only where they lead somewhere. */
@WebMvcTest(controllers = AuditController.class)
@Import({ Flash.class, AdminPageValidationTests.Portal.class })
@WithMockUser(roles = "ADMIN")
class AuditPagerPageTests {

    static final AuditCursor OLDER = new AuditCursor(Instant.parse("2026-03-01T10:00:00Z"), 7);
    static final AuditCursor NEWER = new AuditCursor(Instant.parse("2026-03-01T11:00:00Z"), 9);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditLog audit;

    @MockitoBean
    AuditExport export;

    @Test
    void theNewestPageLinksOnlyToOlderEvents() throws Exception {
        given(audit.search(any(), isNull(), anyInt())).willReturn(new AuditPage(List.of(event()), OLDER, null));

        String page = page("/admin/audit?user=alice&action=SignIn");

        assertThat(page).contains("href=\"/admin/audit?user=alice&amp;action=SignIn&amp;after=" + OLDER.token() + "\"")
                .doesNotContain(">Newer<", ">Newest<");
    }

    @Test
    void anOlderPageLinksToNewerAndNewestEventsKeepingTheFilters() throws Exception {
        given(audit.search(any(), eq(OLDER), anyInt())).willReturn(new AuditPage(List.of(event()), null, NEWER));

        String page = mvc.perform(get("/admin/audit").param("user", "alice b").param("after", OLDER.token())
                .accept("text/html")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/admin/audit?user=alice+b&amp;before=" + NEWER.token() + "\" rel=\"prev\">Newer<",
                "href=\"/admin/audit?user=alice+b\">Newest<").doesNotContain(">Older<");
    }

    @Test
    void aNewerPageIsReadTowardsTheNewestEvents() throws Exception {
        given(audit.searchNewer(any(), eq(NEWER), anyInt())).willReturn(new AuditPage(List.of(event()), OLDER, null));

        String page = page("/admin/audit?accountId=111122223333&before=" + NEWER.token());

        assertThat(page).contains("href=\"/admin/audit?accountId=111122223333&amp;after=" + OLDER.token() + "\" rel=\"next\">Older<")
                .doesNotContain(">Newer<", ">Newest<");
    }

    @Test
    void aPageLinkPastTheLastEventStillLeadsBackToTheNewest() throws Exception {
        given(audit.search(any(), eq(OLDER), anyInt())).willReturn(new AuditPage(List.of(), null, null));

        assertThat(page("/admin/audit?after=" + OLDER.token())).contains("No events match",
                "href=\"/admin/audit\">Newest<");
    }

    @Test
    void aCursorNoPageMadeIsABadRequest() throws Exception {
        mvc.perform(get("/admin/audit?after=12_x").accept("text/html")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit?after=" + OLDER.token() + "&before=" + NEWER.token()).accept("text/html"))
                .andExpect(status().isBadRequest());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).accept("text/html")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static AuditEventView event() {
        return new AuditEventView(8, Instant.parse("2026-03-01T10:30:00Z"), "SignIn", "SUCCESS", UUID.randomUUID(),
                "alice", "192.0.2.10", "curl/8", "req-1", null, null, "{\"method\":\"password\"}", "h", "p");
    }
}
