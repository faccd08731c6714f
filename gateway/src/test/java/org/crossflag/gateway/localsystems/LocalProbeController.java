package org.crossflag.gateway.localsystems;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test only: shows who the connector let in, as an adapter's endpoint would see them. */
@RestController
class LocalProbeController {

    static final String PATH = "/local/test/whoami";

    @GetMapping(PATH)
    Map<String, Object> whoami(Authentication authentication) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", authentication.getName());
        body.put(
                "authorities",
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .sorted()
                        .toList());
        return body;
    }
}
