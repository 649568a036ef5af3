package org.upstairs.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

	/**
	 * Signs in through the console's sign-in page, in a language, with the demo password
	 * (which works from this machine), and waits for the landing view.
	 * @param username a demo or test account
	 * @param password its password
	 * @param lang {@code en} or {@code zh}
	 * @return this browser
	 */
	public Browser signIn(String username, String password, String lang) {
		get("/sign-in?lang=" + lang);
		WebElement name = await(ExpectedConditions.elementToBeClickable(By.name("username")));
		name.sendKeys(username);
		this.driver.findElement(By.name("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
		await((driver) -> !driver.getCurrentUrl().contains("/sign-in"));
		await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".who"), username));
		return this;
	}

	/**
	 * Waits for an element, visible.
	 * @param css a CSS selector
	 * @return the element
	 */
	public WebElement find(String css) {
		return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Waits until an element shows a text.
	 * @param css a CSS selector
	 * @param text the text
	 * @return this browser
	 */
	public Browser awaitText(String css, String text) {
		await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
		return this;
	}

	/**
	 * Messages the browser logged about its Content-Security-Policy: none means every
	 * script and style the page needed was allowed.
	 * @return the messages
	 */
	public List<String> securityPolicyViolations() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

	/**
	 * Narrows the window to a phone's width.
	 * @param width CSS pixels
	 * @return this browser
	 */
	public Browser width(int width) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
		return this;
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
