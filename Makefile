# Pathok: `make run` opens the app on the sample article, `make test` runs
# every check CI runs. Both install missing system packages first.

GO      ?= go
SHARED  ?= ../shared
BIN     := bin
# What Fyne needs to build (cgo, OpenGL, X11 and Wayland) and the fonts
# that cover Bengali and Hangul.
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev libwayland-dev libx11-dev \
	libxkbcommon-dev xorg-dev fonts-noto-core fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test fmt-check vet unit score bench package soak clean

all: build

deps:
	@if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then \
		echo "Pathok builds with Fyne, which needs a C compiler, pkg-config, OpenGL, X11,"; \
		echo "Wayland and xkbcommon development files, and fonts that cover Bengali and"; \
		echo "Hangul. This system has no apt-get; please install the equivalents of:"; \
		echo "  $(APT_PACKAGES)"; \
		exit 1; \
	fi; \
	missing=$$(for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(GO) build -o $(BIN)/pathok ./cmd/pathok
	CGO_ENABLED=0 $(GO) build -o $(BIN)/pathok-cli ./cmd/pathok-cli

run: build
	./$(BIN)/pathok -sample

test: deps fmt-check vet unit score

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

unit:
	$(GO) test -race -timeout 30m ./...

# The annotation scorer over the gold articles, when they are beside us.
score:
	@if [ -d "$(SHARED)/eval" ]; then \
		CGO_ENABLED=0 $(GO) build -o $(BIN)/pathok-cli ./cmd/pathok-cli && \
		cd "$(SHARED)/eval" && $(GO) run score.go -dir ../seeds \
			-run '$(CURDIR)/$(BIN)/pathok-cli annotate -format json {}'; \
	else echo "$(SHARED)/eval not found: scorer skipped"; fi

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# A desktop package (Pathok.tar.xz) made by Fyne's tool from FyneApp.toml.
package: build
	@command -v fyne >/dev/null || { echo "Install Fyne's packaging tool first: go install fyne.io/tools/cmd/fyne@latest"; exit 1; }
	fyne package --os linux --exe $(BIN)/pathok

# Random reader actions on the real app under Xvfb for SOAK_MINUTES; fails
# if the app dies, and prints its crash log. Needs xvfb and xdotool.
SOAK_MINUTES ?= 10
SOAK_DISPLAY ?= :57
soak:
	bash .ci/soak $(SOAK_MINUTES) $(SOAK_DISPLAY)

clean:
	rm -rf $(BIN) Pathok.tar.xz
