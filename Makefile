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

.PHONY: all deps build run test fmt-check vet unit score bench package soak clean \
	windows-check dist dist-deps metadata

# The version and app ID live in FyneApp.toml only.
VERSION := $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)
APP_ID  := $(shell sed -n 's/^[[:space:]]*ID[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)
print-%:
	@echo '$($*)'

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

test: deps fmt-check vet unit score windows-check

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

# Windows: build every package that needs no cgo (app/ and cmd/pathok need
# mingw-w64; make dist builds them), and vet and compile the tests of those
# whose tests do not link Fyne either.
NO_CGO  = $$($(GO) list ./... | grep -v -e '/app$$' -e '/cmd/pathok$$')
PURE_GO = $$($(GO) list -f '{{.ImportPath}}{{range .TestImports}} {{.}}{{end}}{{range .XTestImports}} {{.}}{{end}}' $(NO_CGO) | \
	grep -v 'fyne.io/fyne' | cut -d' ' -f1)
windows-check:
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) build $(NO_CGO)
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) vet $(PURE_GO)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) test -c -o "$$tmp/" $(PURE_GO) && \
	echo "windows: the pure-Go packages build, vet and compile their tests"

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# A desktop package (Pathok.tar.xz) made by Fyne's tool from FyneApp.toml.
package: build
	@command -v fyne >/dev/null || { echo "Install Fyne's packaging tool first: go install fyne.io/tools/cmd/fyne@latest"; exit 1; }
	fyne package --os linux --exe $(BIN)/pathok

# resources/FyneApp.toml is FyneApp.toml for go:embed, under a header.
metadata:
	@{ printf '# DO NOT EDIT: a copy of ../FyneApp.toml for go:embed (which cannot reach\n# above its package). Edit ../FyneApp.toml and run `make metadata`;\n# resources/metadata TestEmbeddedCopyIsCurrent checks that they agree.\n'; \
		cat FyneApp.toml; } > resources/FyneApp.toml

# Packages for Linux and Windows in dist/. Fyne's packaging tool makes the
# desktop ones (the .desktop entry, icon, Windows version resource and GUI
# subsystem) from FyneApp.toml; v1.6.1 does not build with Go 1.26 (its
# golang.org/x/tools is too old), v1.7.4 is the release made for Fyne 2.8.
FYNE_TOOLS_VERSION := v1.7.4
TOOLS   := $(CURDIR)/$(BIN)/tools
FYNE    := $(TOOLS)/fyne
DIST    := dist
MINGW_CC := x86_64-w64-mingw32-gcc
DIST_APT_PACKAGES := gcc-mingw-w64-x86-64

dist-deps: deps
	@missing=$$(for p in $(DIST_APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@$(FYNE) version 2>/dev/null | grep -q 'cli version: $(FYNE_TOOLS_VERSION)$$' || \
		GOBIN=$(TOOLS) $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)

# fyne package reads FyneApp.toml from the main package's folder and bumps
# its Build number there: give it a throwaway copy with the icon's path
# made relative to that folder. The Windows build's environment is
# exported, so that it reaches fyne (and the go build it runs), not sed.
FYNE_PACKAGE = sed 's|^\([[:space:]]*Icon[[:space:]]*=[[:space:]]*"\)|\1../../|' FyneApp.toml > cmd/pathok/FyneApp.toml && \
	trap 'rm -f cmd/pathok/FyneApp.toml' EXIT && \
	$(FYNE) package --release --src cmd/pathok

dist: dist-deps
	rm -rf $(DIST) && mkdir -p $(DIST)
	CGO_ENABLED=0 GOOS=linux GOARCH=amd64 $(GO) build -trimpath -ldflags='-s -w' \
		-o $(DIST)/pathok-cli-$(VERSION)-linux-amd64 ./cmd/pathok-cli
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build -trimpath -ldflags='-s -w' \
		-o $(DIST)/pathok-cli-$(VERSION)-windows-amd64.exe ./cmd/pathok-cli
	$(FYNE_PACKAGE) --os linux
	mv Pathok.tar.xz $(DIST)/Pathok-$(VERSION)-linux-amd64.tar.xz
	export CGO_ENABLED=1 GOARCH=amd64 CC=$(MINGW_CC) && $(FYNE_PACKAGE) --os windows --tags accessibility
	mv cmd/pathok/Pathok.exe $(DIST)/Pathok-$(VERSION)-windows-amd64.exe
	@ls -l $(DIST)

# Random reader actions on the real app under Xvfb for SOAK_MINUTES; fails
# if the app dies, and prints its crash log. Needs xvfb and xdotool.
SOAK_MINUTES ?= 10
SOAK_DISPLAY ?= :57
soak:
	bash .ci/soak $(SOAK_MINUTES) $(SOAK_DISPLAY)

clean:
	rm -rf $(BIN) $(DIST) Pathok.tar.xz
