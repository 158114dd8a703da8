package tg.cnss.eservices.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * Test deployments only: moves the portal's clock ({@code ?minutes=61}; 0 puts it back), for
 * browser tests of expiry. Works only on a server started with -Dcnss.clock.shiftable=true.
 */
@WebServlet("/test/horloge")
public class ClockShifter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Clocks.shift(Duration.ofMinutes(Long.parseLong(request.getParameter("minutes"))));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("ok");
    }
}
