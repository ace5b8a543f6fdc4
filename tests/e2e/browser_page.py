#!/usr/bin/python3
"""The web page in a real browser: Debian's chromium, headless, driven by
chromium-driver through python3-selenium (Debian's packages, hence
/usr/bin/python3). Loads the page of a real `vnkg serve` on the samples,
searches for a seed official without diacritics, opens their page and checks
that the role timeline and the neighbourhood graph show; then an
organization's holders and a meeting's participants and sentence. Saves
screenshots into ARTIFACTS (a test artefact).

usage: browser_page.py VNKG SAMPLES ARTIFACTS
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

VNKG, SAMPLES, ARTIFACTS = sys.argv[1], sys.argv[2], sys.argv[3]


def main():
    os.makedirs(ARTIFACTS, exist_ok=True)
    tmp = tempfile.mkdtemp()
    db = os.path.join(tmp, "db")
    reform = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "reform.jsonl")
    subprocess.run([VNKG, "ingest", "--quiet", "--db", db, SAMPLES, reform], check=True)
    server = subprocess.Popen([VNKG, "serve", "--db", db, "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    base = "http://127.0.0.1:" + line.split("http://127.0.0.1:")[1].split("/")[0] + "/"
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1500", "--lang=vi"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(driver, 20)
    try:
        driver.get(base)
        box = wait.until(ec.presence_of_element_located((By.ID, "q")))
        box.send_keys("tran quoc trung", Keys.ENTER)
        hit = wait.until(ec.element_to_be_clickable((By.LINK_TEXT, "Trần Quốc Trung")))
        hit.click()
        wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Trần Quốc Trung"))
        bars = driver.find_elements(By.CSS_SELECTOR, "svg.timeline rect.bar")
        assert bars, "the person page shows no timeline bars"
        assert bars[0].size["width"] > 0, "a timeline bar has no width"
        wait.until(lambda d: d.execute_script(
            "const g = document.getElementById('graph');"
            "return g && g.complete && g.naturalWidth > 0;"))
        meetings = driver.find_elements(By.CSS_SELECTOR, "#meetings li a")
        assert meetings, "the person page lists no meetings"
        assert "Bí thư" in driver.find_element(By.TAG_NAME, "main").text, "no post named"
        driver.save_screenshot(os.path.join(ARTIFACTS, "person.png"))

        meetings[0].click()
        wait.until(ec.presence_of_element_located((By.ID, "participants")))
        assert driver.find_elements(By.CSS_SELECTOR, "#participants li a"), "no participants"
        assert driver.find_element(By.ID, "sentence").text.strip(), "no sentence"
        driver.save_screenshot(os.path.join(ARTIFACTS, "meeting.png"))

        driver.back()
        wait.until(ec.element_to_be_clickable((By.LINK_TEXT, "Thành ủy Cần Thơ"))).click()
        wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Thành ủy Cần Thơ"))
        assert driver.find_elements(By.CSS_SELECTOR, "svg.timeline rect.bar"), "no holders timeline"
        assert "Trần Quốc Trung" in driver.find_element(By.CSS_SELECTOR, "table.terms").text
        driver.save_screenshot(os.path.join(ARTIFACTS, "organization.png"))

        # Across the reform: Tỉnh ủy Đồng Tháp's lineage and the holders of
        # the body it succeeded.
        driver.get(base + "#/search/" + "tinh uy dong thap")
        wait.until(ec.element_to_be_clickable((By.LINK_TEXT, "Tỉnh ủy Đồng Tháp"))).click()
        lineage = wait.until(ec.presence_of_element_located((By.ID, "lineage")))
        assert "Tỉnh ủy Tiền Giang" in lineage.text, lineage.text
        terms = driver.find_element(By.CSS_SELECTOR, "table.terms").text
        assert "Tỉnh ủy Tiền Giang" in terms, "no holder of the predecessor: " + terms
        driver.save_screenshot(os.path.join(ARTIFACTS, "lineage.png"))

        driver.get(base + "#/person/p:0000000000000001")
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".error")))
    finally:
        driver.quit()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    print("ok; screenshots in", ARTIFACTS)


main()
