package org.upstairs.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A headless Chromium driven by Selenium, for tests of the pages the service serves. It
 * uses the system's Chromium and chromedriver (Debian: {@code chromium},
 * {@code chromium-driver}); where they are missing the test is skipped, not failed.
 * Selenium Manager is never asked to download a browser.
 */
public final class Browser implements AutoCloseable {

	private final ChromeDriver driver;

	private final String base;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/**
	 * Opens a browser for the service on a local port, or skips the test.
	 * @param port the service's HTTP port
	 * @return the browser
	 */
	public static Browser open(int port) {
		Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
		Optional<Path> chromedriver = onPath("chromedriver");
		assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "Chromium and chromedriver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		// The machine has no network but loopback: without the background-networking
		// flags
		// Chromium keeps trying (and failing) to reach its own services.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	/**
	 * Loads a page of the service.
	 * @param path the path, with its query
	 * @return this browser
	 */
	public Browser get(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	/**
	 * The driver, for what this class does not wrap.
	 * @return the driver
	 */
	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Waits until a condition holds, at most 30 seconds (the build shares two cores).
	 * @param <T> the condition's result
	 * @param condition the condition
	 * @return its first non-null, non-false result
	 */
	public <T> T await(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(condition::apply);
	}

	/**
	 * Saves a screenshot of the window.
	 * @param file the PNG file
	 */
	public void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write " + file, ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	private static Optional<Path> onPath(String... names) {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.of(names)
			.flatMap((name) -> Stream.of(path.split(File.pathSeparator)).map((folder) -> Path.of(folder, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
