package org.upstairs.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher statements the service sends, by wrapping the driver: every
 * {@code run} on a session or transaction it hands out is recorded. Lets tests prove that
 * nested GraphQL fields are batched.
 */
public class StatementCounter implements BeanPostProcessor {

	/** Registers the counter in the test context. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

	private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(driver, Driver.class);
		}
		return bean;
	}

	/**
	 * Forgets the statements counted so far.
	 */
	public void reset() {
		this.statements.clear();
	}

	/**
	 * The statements sent since the last reset.
	 * @return their texts, in order
	 */
	public List<String> statements() {
		synchronized (this.statements) {
			return List.copyOf(this.statements);
		}
	}

	private Object wrap(Object target, Class<?> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") && args != null && args.length > 0) {
				this.statements.add((args[0] instanceof Query query) ? query.text() : String.valueOf(args[0]));
			}
			Object result = invoke(target, method, args);
			Class<?> returned = method.getReturnType();
			if (result != null && returned.isInterface() && returned.getName().startsWith("org.neo4j.driver")
					&& (returned.getSimpleName().contains("Session")
							|| returned.getSimpleName().contains("Transaction"))) {
				return wrap(result, returned);
			}
			return result;
		};
		return Proxy.newProxyInstance(type.getClassLoader(), allInterfaces(target.getClass(), type), handler);
	}

	private static Class<?>[] allInterfaces(Class<?> implementation, Class<?> declared) {
		List<Class<?>> interfaces = new ArrayList<>();
		interfaces.add(declared);
		for (Class<?> type = implementation; type != null; type = type.getSuperclass()) {
			for (Class<?> candidate : type.getInterfaces()) {
				if (candidate.getName().startsWith("org.neo4j.driver") && !interfaces.contains(candidate)
						&& candidate.getClassLoader() == declared.getClassLoader()
						&& java.lang.reflect.Modifier.isPublic(candidate.getModifiers())) {
					interfaces.add(candidate);
				}
			}
		}
		return interfaces.toArray(Class<?>[]::new);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
