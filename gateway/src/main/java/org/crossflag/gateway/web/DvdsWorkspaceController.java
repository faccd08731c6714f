package org.crossflag.gateway.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The DVDS officers' workspace on the API port: applications this force makes, and disclosure requests from other
 * forces. Like the alert inbox, the page, its scripts and style sheet hold no data and are served without a login;
 * the page sends the officer's HTTP Basic credentials on its calls to {@code /api/dvds/...}. The page itself is served
 * only from here, with the inbox's content security policy.
 */
@Controller
class DvdsWorkspaceController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final Resource PAGE = new ClassPathResource("static/dvds/index.html");

    /** Relative, so that a reverse proxy that serves the node under a path prefix keeps working. */
    @GetMapping("/dvds")
    ResponseEntity<Void> withTrailingSlash() {
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "dvds/")
                .build();
    }

    @GetMapping("/dvds/")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok()
                .contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", InboxController.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(PAGE);
    }
}
