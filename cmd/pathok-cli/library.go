package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/feed"
	"github.com/pathok/pathok/glossary/library"
	"github.com/pathok/pathok/glossary/web"
)

// defaultLibraryPath is the desktop app's library, beside its glossary in
// its Fyne storage.
func defaultLibraryPath() (string, error) {
	user, err := defaultUserPath()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(user), library.FileName), nil
}

// libraryFlags are the flags every library and feed command takes.
type libraryFlags struct {
	format  *string
	path    *string
	user    *string
	limit   *int
	timeout *time.Duration
}

func newLibraryFlags(fs *flag.FlagSet) libraryFlags {
	return libraryFlags{
		format:  fs.String("format", "text", "output format: text or json"),
		path:    fs.String("library", "", "the library file (default: the desktop app's, in its Fyne storage)"),
		user:    fs.String("user", "", "the user glossary used to find names (default: the desktop app's, if any)"),
		limit:   fs.Int("n", 0, "at most this many results (0: the command's default)"),
		timeout: fs.Duration("timeout", 10*time.Minute, "give up after this long"),
	}
}

func (lf libraryFlags) check(cmd string) error {
	if *lf.format != "text" && *lf.format != "json" {
		return fmt.Errorf("%s: unknown format %q (want text or json): %w", cmd, *lf.format, errUsage)
	}
	return nil
}

func (lf libraryFlags) open(ctx context.Context) (*library.Library, error) {
	path := *lf.path
	if path == "" {
		var err error
		if path, err = defaultLibraryPath(); err != nil {
			return nil, err
		}
	}
	return library.Open(ctx, path)
}

// glossary is the reader's glossary: the built-in one with the user's
// file over it, as the app sees it.
func (lf libraryFlags) glossary() (*glossary.Glossary, error) {
	path := *lf.user
	if path == "" {
		p, err := defaultUserPath()
		if err == nil {
			if _, serr := os.Stat(p); serr == nil {
				path = p
			} else if !errors.Is(serr, fs.ErrNotExist) {
				return nil, serr
			}
		}
	}
	return loadGlossary(path)
}

// commandContext ends on Ctrl+C or at the timeout.
func commandContext(timeout time.Duration) (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	return ctx, func() { cancel(); stop() }
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// parseLibraryArgs reads "SUB [flags] ARGS…" of the library and feed
// commands: the subcommand, the flags every one of them takes, the rest.
func parseLibraryArgs(cmd, subs string, args []string) (sub string, lf libraryFlags, rest []string, err error) {
	if len(args) == 0 {
		return "", lf, nil, fmt.Errorf("%s: say %s: %w", cmd, subs, errUsage)
	}
	sub = args[0]
	fs := flag.NewFlagSet(cmd+" "+sub, flag.ContinueOnError)
	lf = newLibraryFlags(fs)
	if rest, err = parseArgs(fs, args[1:]); err != nil {
		return "", lf, nil, err
	}
	return sub, lf, rest, lf.check(cmd + " " + sub)
}

func libraryCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	sub, lf, rest, err := parseLibraryArgs("library", "add, list, search, mentions, remove or stats", args)
	if err != nil {
		return err
	}
	ctx, cancel := commandContext(*lf.timeout)
	defer cancel()
	switch sub {
	case "add":
		return libraryAdd(ctx, lf, rest, stdin, stdout)
	case "list":
		return libraryList(ctx, lf, strings.Join(rest, " "), stdout)
	case "search":
		return librarySearch(ctx, lf, strings.Join(rest, " "), stdout)
	case "mentions":
		return libraryMentions(ctx, lf, strings.Join(rest, " "), stdout)
	case "remove":
		return libraryRemove(ctx, lf, rest, stdout)
	case "stats":
		return libraryStats(ctx, lf, stdout)
	}
	return fmt.Errorf("library: unknown command %q: %w", sub, errUsage)
}

// libraryAdd keeps files and pages. Everything is read and checked before
// anything is written, so a bad file among several adds nothing.
func libraryAdd(ctx context.Context, lf libraryFlags, names []string, stdin io.Reader, stdout io.Writer) error {
	if len(names) == 0 {
		return fmt.Errorf("library add: no file or address given: %w", errUsage)
	}
	var arts []library.Article
	client := web.NewClient()
	for _, name := range names {
		a, err := readForLibrary(ctx, client, name, stdin)
		if err != nil {
			return err
		}
		arts = append(arts, a)
	}
	lib, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer lib.Close()
	g, err := lf.glossary()
	if err != nil {
		return err
	}
	type added struct {
		ID      int64  `json:"id"`
		Title   string `json:"title"`
		Existed bool   `json:"existed"`
	}
	var out []added
	for _, a := range arts {
		id, existed, err := lib.Add(ctx, a)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Source, err)
		}
		out = append(out, added{id, a.Title, existed})
	}
	if err := lib.Index(ctx, g, nil); err != nil {
		return err
	}
	if *lf.format == "json" {
		return writeJSON(stdout, out)
	}
	for _, a := range out {
		state := "added"
		if a.Existed {
			state = "already in the library"
		}
		fmt.Fprintf(stdout, "%d\t%s\t%s\n", a.ID, a.Title, state)
	}
	return nil
}

// readForLibrary reads a file, standard input or a web address.
func readForLibrary(ctx context.Context, c *web.Client, name string, stdin io.Reader) (library.Article, error) {
	if web.LooksLikeAddress(name) {
		story, err := feed.Fetch(ctx, c, name)
		if err != nil {
			return library.Article{}, err
		}
		return library.Article{Title: story.Title, URL: story.URL, Source: story.SiteName,
			Byline: story.Byline, Published: story.Published, Text: story.Text}, nil
	}
	text, err := readArticle(name, stdin)
	if err != nil {
		return library.Article{}, err
	}
	source := filepath.Base(name)
	if name == "-" {
		source = "standard input"
	}
	return library.Article{Source: source, Text: text}, nil
}

func libraryList(ctx context.Context, lf libraryFlags, filter string, stdout io.Writer) error {
	lib, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer lib.Close()
	arts, err := lib.List(ctx, library.Filter{Words: filter, Limit: *lf.limit})
	if err != nil {
		return err
	}
	if *lf.format == "json" {
		type item struct {
			ID      int64  `json:"id"`
			Title   string `json:"title"`
			URL     string `json:"url"`
			Source  string `json:"source"`
			Date    string `json:"date"`
			Added   string `json:"added"`
			Names   int    `json:"names"`
			Figures int    `json:"figures"`
		}
		out := []item{}
		for _, a := range arts {
			out = append(out, item{a.ID, a.Title, a.URL, a.Source, dateOrEmpty(a.Published), dateOrEmpty(a.Added), a.Names, a.Figures})
		}
		return writeJSON(stdout, out)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tADDED\tSOURCE\tNAMES\tTITLE")
	for _, a := range arts {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\n", a.ID, a.Added.Format("2006-01-02"), a.Source, a.Names, a.Title)
	}
	return tw.Flush()
}

func librarySearch(ctx context.Context, lf libraryFlags, query string, stdout io.Writer) error {
	if strings.TrimSpace(query) == "" {
		return fmt.Errorf("library search: no query given: %w", errUsage)
	}
	lib, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer lib.Close()
	hits, err := lib.Search(ctx, query, *lf.limit)
	if err != nil {
		return err
	}
	if *lf.format == "json" {
		type item struct {
			ID      int64  `json:"id"`
			Title   string `json:"title"`
			URL     string `json:"url"`
			Snippet string `json:"snippet"`
		}
		out := []item{}
		for _, h := range hits {
			out = append(out, item{h.ID, h.Title, h.URL, h.Snippet})
		}
		return writeJSON(stdout, out)
	}
	for _, h := range hits {
		fmt.Fprintf(stdout, "%d\t%s\n\t%s\n", h.ID, h.Title, h.Snippet)
	}
	return nil
}

// libraryMentions finds the entry NAME means through the glossary search
// (any script, any inflection), brings the index up to date and lists the
// articles that name it.
func libraryMentions(ctx context.Context, lf libraryFlags, name string, stdout io.Writer) error {
	if strings.TrimSpace(name) == "" {
		return fmt.Errorf("library mentions: no name given: %w", errUsage)
	}
	g, err := lf.glossary()
	if err != nil {
		return err
	}
	entry, err := resolveName(g, name)
	if err != nil {
		return fmt.Errorf("library mentions: %w", err)
	}
	lib, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer lib.Close()
	if err := lib.Index(ctx, g, nil); err != nil {
		return err
	}
	ms, err := lib.Mentions(ctx, entry.ID, *lf.limit)
	if err != nil {
		return err
	}
	if *lf.format == "json" {
		type item struct {
			ID      int64  `json:"id"`
			Title   string `json:"title"`
			URL     string `json:"url"`
			Count   int    `json:"count"`
			Snippet string `json:"snippet"`
		}
		out := []item{}
		for _, m := range ms {
			out = append(out, item{m.ID, m.Title, m.URL, m.Count, m.Snippet})
		}
		return writeJSON(stdout, out)
	}
	fmt.Fprintf(stdout, "%s (%s): %d articles\n", entry.EnglishHeadword(), entry.Headword(), len(ms))
	for _, m := range ms {
		fmt.Fprintf(stdout, "%d\t×%d\t%s\n\t%s\n", m.ID, m.Count, m.Title, m.Snippet)
	}
	return nil
}

func libraryRemove(ctx context.Context, lf libraryFlags, ids []string, stdout io.Writer) error {
	if len(ids) == 0 {
		return fmt.Errorf("library remove: no article id given: %w", errUsage)
	}
	var nums []int64
	for _, s := range ids {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("library remove: %q is not an article id (see library list): %w", s, errUsage)
		}
		nums = append(nums, n)
	}
	lib, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer lib.Close()
	for _, n := range nums {
		if err := lib.Remove(ctx, n); err != nil {
			return err
		}
		if *lf.format == "text" {
			fmt.Fprintf(stdout, "removed %d\n", n)
		}
	}
	if *lf.format == "json" {
		return writeJSON(stdout, nums)
	}
	return nil
}

func libraryStats(ctx context.Context, lf libraryFlags, stdout io.Writer) error {
	g, err := lf.glossary()
	if err != nil {
		return err
	}
	lib, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer lib.Close()
	if err := lib.Index(ctx, g, nil); err != nil {
		return err
	}
	st, err := lib.Stats(ctx, time.Now(), *lf.limit)
	if err != nil {
		return err
	}
	name := func(id string) string {
		if e, ok := g.ByID(id); ok {
			return e.EnglishHeadword()
		}
		return id
	}
	if *lf.format == "json" {
		type top struct {
			ID       string `json:"id"`
			English  string `json:"english"`
			Articles int    `json:"articles"`
			Count    int    `json:"count"`
		}
		out := struct {
			Articles    int      `json:"articles"`
			Names       int      `json:"names"`
			NewThisWeek []string `json:"new_this_week"`
			Top         []top    `json:"top"`
		}{st.Articles, st.Names, st.NewThisWeek, []top{}}
		if out.NewThisWeek == nil {
			out.NewThisWeek = []string{}
		}
		for _, t := range st.Top {
			out.Top = append(out.Top, top{t.EntryID, name(t.EntryID), t.Articles, t.Count})
		}
		return writeJSON(stdout, out)
	}
	fmt.Fprintf(stdout, "%d articles naming %d glossary entries; %d named for the first time this week\n", st.Articles, st.Names, len(st.NewThisWeek))
	for _, t := range st.Top {
		fmt.Fprintf(stdout, "  %-30s %d articles, %d mentions\n", name(t.EntryID), t.Articles, t.Count)
	}
	return nil
}

func feedCmd(args []string, stdout io.Writer) error {
	sub, lf, rest, err := parseLibraryArgs("feed", "add, remove, list or refresh", args)
	if err != nil {
		return err
	}
	ctx, cancel := commandContext(*lf.timeout)
	defer cancel()
	lib, err := lf.open(ctx)
	if err != nil {
		return err
	}
	defer lib.Close()
	follower := feed.New(lib)
	switch sub {
	case "add":
		if len(rest) == 0 {
			return fmt.Errorf("feed add: no address given: %w", errUsage)
		}
		var added []library.Feed
		for _, addr := range rest {
			f, err := follower.Follow(ctx, addr)
			if err != nil {
				return err
			}
			added = append(added, f)
		}
		return printFeeds(stdout, *lf.format, added)
	case "remove":
		if len(rest) == 0 {
			return fmt.Errorf("feed remove: no feed given (its id or address): %w", errUsage)
		}
		for _, s := range rest {
			var f library.Feed
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				f, err = lib.FeedByID(ctx, n)
				if err != nil {
					return err
				}
			} else if f, err = lib.FeedByURL(ctx, s); err != nil {
				return err
			}
			if err := lib.RemoveFeed(ctx, f.ID); err != nil {
				return err
			}
		}
		return nil
	case "list":
		feeds, err := lib.Feeds(ctx)
		if err != nil {
			return err
		}
		return printFeeds(stdout, *lf.format, feeds)
	case "refresh":
		g, err := lf.glossary()
		if err != nil {
			return err
		}
		reports, err := follower.RefreshAll(ctx, nil)
		if err != nil {
			return err
		}
		if err := lib.Index(ctx, g, nil); err != nil {
			return err
		}
		return printReports(stdout, *lf.format, reports)
	}
	return fmt.Errorf("feed: unknown command %q: %w", sub, errUsage)
}

func printFeeds(w io.Writer, format string, feeds []library.Feed) error {
	if format == "json" {
		type item struct {
			ID        int64  `json:"id"`
			URL       string `json:"url"`
			Title     string `json:"title"`
			Checked   string `json:"checked"`
			LastError string `json:"last_error"`
		}
		out := []item{}
		for _, f := range feeds {
			out = append(out, item{f.ID, f.URL, f.Title, dateOrEmpty(f.Checked), f.LastError})
		}
		return writeJSON(w, out)
	}
	for _, f := range feeds {
		state := "never refreshed"
		if !f.Checked.IsZero() {
			state = "refreshed " + f.Checked.Format("2006-01-02 15:04")
		}
		if f.LastError != "" {
			state += "; last refresh failed: " + f.LastError
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\n", f.ID, f.Title, f.URL, state)
	}
	return nil
}

func printReports(w io.Writer, format string, reports []feed.Report) error {
	if format == "json" {
		type item struct {
			ID          int64    `json:"id"`
			URL         string   `json:"url"`
			Title       string   `json:"title"`
			Added       int      `json:"added"`
			Seen        int      `json:"seen"`
			NoStory     int      `json:"no_story"`
			NotModified bool     `json:"not_modified"`
			Error       string   `json:"error,omitempty"`
			ItemErrors  []string `json:"item_errors,omitempty"`
		}
		out := []item{}
		for _, r := range reports {
			it := item{ID: r.Feed.ID, URL: r.Feed.URL, Title: r.Feed.Title, Added: r.Added, Seen: r.Seen, NoStory: r.NoStory, NotModified: r.NotModified}
			if r.Err != nil {
				it.Error = r.Err.Error()
			}
			for _, e := range r.ItemErrs {
				it.ItemErrors = append(it.ItemErrors, e.Error())
			}
			out = append(out, it)
		}
		return writeJSON(w, out)
	}
	for _, r := range reports {
		switch {
		case r.Err != nil:
			fmt.Fprintf(w, "%s: failed: %v\n", r.Feed.Title, r.Err)
		case r.NotModified:
			fmt.Fprintf(w, "%s: unchanged\n", r.Feed.Title)
		default:
			fmt.Fprintf(w, "%s: %d new articles (%d already in, %d without a story)\n", r.Feed.Title, r.Added, r.Seen, r.NoStory)
		}
		for _, e := range r.ItemErrs {
			fmt.Fprintf(w, "  will retry: %v\n", e)
		}
	}
	return nil
}

// resolveName finds the entry a reader means: a form read as the article
// view reads it (ল্যাভরভের), else the best glossary search result in any
// script (Лавров, lavrov).
func resolveName(g *glossary.Glossary, name string) (*glossary.Entry, error) {
	if s, ok := g.Lookup(strings.TrimSpace(name)); ok && s.Entry != nil {
		return s.Entry, nil
	}
	if found := g.Search(name, 1); len(found) > 0 {
		return found[0].Entry, nil
	}
	return nil, fmt.Errorf("%q is not in the glossary", name)
}
