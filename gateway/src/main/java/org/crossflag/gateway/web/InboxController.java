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
 * The alert inbox page on the API port. The page and its script and style sheet hold no data, so they are served
 * without a login; the page signs in by sending the coordinator's HTTP Basic credentials on its calls to
 * {@code /api/...}. Its script and style sheet are ordinary static resources under {@code /inbox/}; the page itself is
 * served only from here, with its content security policy.
 */
@Controller
class InboxController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final Resource PAGE = new ClassPathResource("static/inbox/index.html");
    /** The page runs only its own script and style sheet, talks only to its own node, and is never framed. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                    + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Relative, so that a reverse proxy that serves the node under a path prefix keeps working. */
    @GetMapping("/inbox")
    ResponseEntity<Void> withTrailingSlash() {
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "inbox/")
                .build();
    }

    @GetMapping("/inbox/")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok()
                .contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(PAGE);
    }
}
