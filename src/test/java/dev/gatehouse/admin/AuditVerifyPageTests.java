package dev.gatehouse.admin;

import java.util.List;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.audit.AuditPage;
import dev.gatehouse.audit.ChainVerification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** What the audit page says after "Verify audit trail": intact as a notice, broken as an alert naming the event. */
@WebMvcTest(controllers = AuditController.class)
@Import({ Flash.class, AdminPageValidationTests.Portal.class })
@WithMockUser(roles = "ADMIN")
class AuditVerifyPageTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditLog audit;

    @MockitoBean
    AuditExport export;

    @BeforeEach
    void noEventsListed() {
        given(audit.search(any(), any(), anyInt())).willReturn(new AuditPage(List.of(), null, null));
    }

    @Test
    void anIntactTrailIsReportedAsANotice() throws Exception {
        given(audit.verify()).willReturn(new ChainVerification(12, 40L, "c0ffee", null, null));

        String page = verifyAndFollow();

        assertThat(page).contains("role=\"status\"", "The audit trail is intact: 12 events checked. Latest hash: c0ffee")
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void aBrokenTrailIsReportedAsAnAlertNamingTheFirstBadEvent() throws Exception {
        given(audit.verify()).willReturn(
                new ChainVerification(41, 50L, "c0ffee", 42L, ChainVerification.Problem.ALTERED));

        String page = verifyAndFollow();

        assertThat(page).contains("role=\"alert\"",
                "The audit trail is broken: event #42 was changed after it was written (41 events before it are intact).")
                .doesNotContain("is intact:");
    }

    private String verifyAndFollow() throws Exception {
        MvcResult verified = mvc.perform(post("/admin/audit/verify").with(csrf()))
                .andExpect(redirectedUrl("/admin/audit")).andReturn();
        return mvc.perform(get("/admin/audit").flashAttrs(verified.getFlashMap())).andReturn().getResponse()
                .getContentAsString();
    }
}
