package dev.gatehouse.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application prepares, to catch one query per row. Register as a bean. Only the
 * statements of the thread that last called {@link #reset()} count (MockMvc serves requests on the test's own
 * thread), so a scheduled job such as the session cleanup that runs meanwhile does not.
 */
public final class StatementCounter implements BeanPostProcessor {

    private final AtomicInteger statements = new AtomicInteger();
    private volatile @Nullable Thread counted;

    public int count() {
        return statements.get();
    }

    public void reset() {
        counted = Thread.currentThread();
        statements.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? countingConnection(connection) : result;
            });
        }
        return bean;
    }

    private Connection countingConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if ((method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                    || method.getName().equals("prepareCall")) && Thread.currentThread() == counted) {
                statements.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.on(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
