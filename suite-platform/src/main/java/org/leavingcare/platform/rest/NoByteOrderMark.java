package org.leavingcare.platform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * RFC 8259 §8.1: a JSON text sent over the network must not begin with a byte-order mark. The JSON reader would
 * skip one silently; the API refuses it (400), as it refuses every other thing it does not define.
 */
@Provider
public class NoByteOrderMark implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().getSubtype().endsWith("json")) {
            return context.proceed();
        }
        PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 3);
        byte[] start = new byte[3];
        int read = readUpTo(in, start);
        if (read == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            throw new BadRequestException("The request body must not begin with a byte-order mark");
        }
        if (read > 0) {
            in.unread(start, 0, read);
        }
        context.setInputStream(in);
        return context.proceed();
    }

    private static int readUpTo(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int n = in.read(buffer, total, buffer.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
