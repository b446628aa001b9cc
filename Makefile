# plan_ext: Chinese planning text as data inside PostgreSQL.
#
#   make && make install          build and install into PG_CONFIG's server
#   make demo                     the README's first command (test/demo.sh)
#   make test                     the README's second command (test/run-tests.sh)
#   make installcheck             pg_regress against a running server (PG* env)
#   make installcheck-tap         pgTAP tests against a running server (PG* env)
#   make unit / unit-asan         C unit tests of src/core, plain and sanitized
#   make fuzz-smoke / fuzz        libFuzzer targets, bounded / long
#   make citus-check              optional: plan_ext on a 3-node Citus cluster
#                                 (skipped when Citus is absent; docs/scale-out.md)

EXTENSION  = plan_ext
MODULE_big = plan_ext
PGFILEDESC = "plan_ext - Chinese planning text: quantities, indicators, search"

# Pure C99 core, no PostgreSQL headers.  One block per concern.
CORE_OBJS  = src/core/pe_arena.o src/core/pe_utf8.o
# numbers, units, quantities
CORE_OBJS += src/core/pe_number.o src/core/pe_units.o src/core/pe_quantity.o
# sentences, outline, document facts
CORE_OBJS += src/core/pe_text.o src/core/pe_outline.o src/core/pe_docinfo.o
CORE_OBJS += src/core/pe_docdate.o src/core/pe_region.o
# indicator extraction
CORE_OBJS += src/core/pe_extract.o src/core/pe_xtext.o src/core/pe_docfacts.o src/core/pe_clause.o
CORE_OBJS += src/core/pe_mention.o src/core/pe_name.o src/core/pe_kind.o src/core/pe_rows.o
CORE_OBJS += src/core/pe_extract_table.o
# segmentation and lexicon
CORE_OBJS += src/core/pe_lexicon.o src/core/pe_lexicon_data.o src/core/pe_lexicon_t2s.o src/core/pe_general_data.o src/core/pe_segment.o src/core/pe_tsvec.o src/core/pe_expand.o
# indicator catalogue
CORE_OBJS += src/core/pe_catalog.o

# PostgreSQL glue, one file per concern.
GLUE_OBJS  = src/plan_ext.o src/normalize.o src/icu_util.o
# numbers, units, quantities
GLUE_OBJS += src/numeral.o src/quantity_io.o src/quantity_ops.o
# sentences, outline, document facts
GLUE_OBJS += src/outline.o
# indicator extraction
GLUE_OBJS += src/extract.o src/explain.o
# text search
GLUE_OBJS += src/ts_parser.o src/ts_query.o src/ts_dict.o src/user_words.o src/ts_vector.o src/ts_expand.o src/ts_headline.o
# indicator catalogue, comparison, batch
GLUE_OBJS += src/catalog.o

OBJS = $(GLUE_OBJS) $(CORE_OBJS)

DATA = sql/plan_ext--0.1.sql
DOCS =

# pg_regress tests (sql/NAME.sql, expected/NAME.out), one block per concern.
REGRESS  = encoding normalize
REGRESS += numeral quantity_io quantity_ops
REGRESS += outline docinfo outline_seeds
REGRESS += extract
REGRESS += ts_parser ts_search ts_vector
REGRESS += catalog compare
REGRESS_OPTS = --load-extension=plan_ext
ENCODING   = UTF8
NO_LOCALE  = 1

PG_CPPFLAGS = -I$(srcdir)/src -I$(srcdir)/src/core
SHLIB_LINK += $(ICU_LIBS)
EXTRA_CLEAN = build results regression.diffs regression.out src/core/pe_general_data.c

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

ifneq ($(with_icu),yes)
$(error plan_ext needs a PostgreSQL server built --with-icu)
endif

# The general dictionary (jieba's dict.txt from the Debian package
# python3-jieba, MIT) is compiled at build time, not committed.
JIEBA_DICT ?= /usr/lib/python3/dist-packages/jieba/dict.txt
src/core/pe_general_data.c: src/core/gen_general_dict.py $(wildcard $(JIEBA_DICT))
	python3 $(srcdir)/src/core/gen_general_dict.py $(JIEBA_DICT) $@

# The core is C99: keep it honest.
src/core/%.o: override CFLAGS += -std=c99 -D_POSIX_C_SOURCE=200809L
# ... and internal to plan_ext.so: the glue calls it, nothing outside does.
# Hidden symbols bind inside the library, so that calls between core
# functions are direct (no PLT) and may be inlined, as in a static build.
src/core/%.o: override CFLAGS += -fvisibility=hidden

# PGXS tracks no header dependencies: rebuild every object when any of
# our headers changes (a struct changed in one header and not recompiled
# elsewhere is a crash, not a build error).
$(OBJS): $(wildcard src/core/*.h src/*.h)

# ---------------------------------------------------------------------
# pgTAP
# ---------------------------------------------------------------------
TAP_DB ?= $(or $(PGDATABASE),contrib_regression)
.PHONY: installcheck-tap
installcheck-tap:
	pg_prove --verbose --dbname=$(TAP_DB) $(sort $(wildcard test/pgtap/*.sql))

# ---------------------------------------------------------------------
# C unit tests and fuzz targets for src/core (no server needed)
# ---------------------------------------------------------------------
CORE_SRCS   = $(CORE_OBJS:.o=.c)
# the generated dictionary is only data: compile it once, without
# sanitizers, and link that object into every test binary
GEN_DATA    = src/core/pe_general_data.c
CORE_CODE   = $(filter-out $(GEN_DATA),$(CORE_SRCS)) build/gen/pe_general_data.o
CORE_HDRS   = $(wildcard src/core/*.h)
UNIT_SRCS   = $(sort $(wildcard test/unit/test_*.c))
UNIT_NAMES  = $(notdir $(UNIT_SRCS:.c=))
UNIT_LIBS   = $(ICU_LIBS) -lm
UNIT_WARN   = -Wall -Wextra -Wno-unused-parameter -Wno-unused-function
UNIT_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -g $(UNIT_WARN) -Isrc/core -Itest/unit
ASAN_CC     = clang
ASAN_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L -O1 -g $(UNIT_WARN) -Isrc/core -Itest/unit \
              -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L -O1 -g -Isrc/core \
              -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_SRCS   = $(sort $(wildcard test/fuzz/fuzz_*.c))
FUZZ_NAMES  = $(notdir $(FUZZ_SRCS:.c=))
FUZZ_SECONDS ?= 600

build/gen/pe_general_data.o: $(GEN_DATA) src/core/pe_lexicon.h
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -O0 -Isrc/core -c -o $@ $<

build/unit/%: test/unit/%.c $(CORE_SRCS) build/gen/pe_general_data.o $(CORE_HDRS) test/unit/pe_test.h
	@mkdir -p $(dir $@)
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_CODE) $(UNIT_LIBS)

build/asan/%: test/unit/%.c $(CORE_SRCS) build/gen/pe_general_data.o $(CORE_HDRS) test/unit/pe_test.h
	@mkdir -p $(dir $@)
	$(ASAN_CC) $(ASAN_CFLAGS) -o $@ $< $(CORE_CODE) $(UNIT_LIBS)

build/fuzz/%: test/fuzz/%.c $(CORE_SRCS) build/gen/pe_general_data.o $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(ASAN_CC) $(FUZZ_CFLAGS) -o $@ $< $(CORE_CODE) $(UNIT_LIBS)

.PHONY: unit unit-asan unit-build fuzz fuzz-build fuzz-smoke test demo
unit-build: $(addprefix build/unit/,$(UNIT_NAMES)) $(addprefix build/asan/,$(UNIT_NAMES))

# run every unit test; the TAP lines are what test/run-tests.sh counts
unit: $(addprefix build/unit/,$(UNIT_NAMES))
	@rc=0; for t in $^; do echo "# $$t"; $$t || rc=1; done; exit $$rc

unit-asan: $(addprefix build/asan/,$(UNIT_NAMES))
	@rc=0; for t in $^; do echo "# $$t"; ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $$t || rc=1; done; exit $$rc

fuzz-build: $(addprefix build/fuzz/,$(FUZZ_NAMES))

# each target for FUZZ_SECONDS (default 600); corpus in build/fuzz-corpus,
# seeded from test/fuzz/corpus/NAME when present
fuzz: fuzz-build
	@rc=0; for t in $(FUZZ_NAMES); do \
	  mkdir -p build/fuzz-corpus/$$t; \
	  echo "# $$t for $(FUZZ_SECONDS)s"; \
	  build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 build/fuzz-corpus/$$t $$( [ -d test/fuzz/corpus/$$t ] && echo test/fuzz/corpus/$$t ) \
	    > build/fuzz-$$t.log 2>&1 \
	    && echo "ok - fuzz $$t" || { rc=1; echo "not ok - fuzz $$t"; tail -40 build/fuzz-$$t.log; }; \
	done; exit $$rc

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(or $(FUZZ_SMOKE_SECONDS),15)

# the soak test: SOAK_CLIENTS clients (16) for SOAK_SECONDS (600) over the seed
# paragraphs, every kind of function; a throwaway cluster (test/soak/soak.sh)
.PHONY: soak
soak: all
	test/scripts/with-cluster.sh --private-install -- test/soak/soak.sh $(or $(SOAK_SECONDS),600) $(or $(SOAK_CLIENTS),16)

# one client per soak script, memory read six times (a leak grows with the
# calls; test/soak/memory.sh); SOAK_SECONDS per script (150)
.PHONY: soak-memory
soak-memory: all
	test/scripts/with-cluster.sh --private-install -- test/soak/memory.sh $(or $(SOAK_SECONDS),150)

# the fuzz campaign: every target FUZZ_SECONDS (default 3600) with FUZZ_JOBS
# processes; FUZZ_TARGETS="extract quantity" runs some of them; FUZZ_MERGE=1
# merges new coverage into test/fuzz/corpus (test/scripts/fuzz-long.sh)
.PHONY: fuzz-long
fuzz-long: fuzz-build
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),3600) test/scripts/fuzz-long.sh

test:
	test/run-tests.sh

# optional, not part of make test: Citus has no Debian package
.PHONY: citus-check
citus-check: all
	test/citus/citus-check.sh

demo:
	test/demo.sh

# numbers, units, quantities: core parser throughput (quantities per CPU second)
.PHONY: bench-quantity
build/bench/bench_quantity: test/bench/bench_quantity.c $(CORE_SRCS) build/gen/pe_general_data.o $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -Isrc/core -o $@ $< $(CORE_CODE) $(UNIT_LIBS)
bench-quantity: build/bench/bench_quantity
	build/bench/bench_quantity $(or $(BENCH_SECONDS),2)

# search: segmentation and dictionary work per MB (core only, no server)
.PHONY: bench-segment
build/bench/bench_segment: test/bench/bench_segment.c $(CORE_SRCS) build/gen/pe_general_data.o $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -Isrc/core -o $@ $< $(CORE_CODE) $(UNIT_LIBS)
bench-segment: build/bench/bench_segment
	build/bench/bench_segment $(or $(BENCH_FILES),samples/docs/*.txt)

# search: word F1 of pe_segment on a segmented corpus in the SIGHAN icwb2
# layout (SEG_CORPUS=dir holding testing/X_test.utf8 and gold/X_test_gold.utf8;
# not shipped: evaluation only, never used to build the dictionaries)
.PHONY: seg-eval
build/bench/seg_eval: test/bench/seg_eval.c $(CORE_SRCS) build/gen/pe_general_data.o $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -Isrc/core -o $@ $< $(CORE_CODE) $(UNIT_LIBS)
seg-eval: build/bench/seg_eval
	@for c in $(or $(SEG_SETS),pku msr); do \
	  build/bench/seg_eval < $(SEG_CORPUS)/testing/$${c}_test.utf8 > build/bench/seg_$$c.out || exit 1; \
	  printf '%s ' $$c; python3 test/bench/seg_f1.py $(SEG_CORPUS)/gold/$${c}_test_gold.utf8 build/bench/seg_$$c.out; \
	done

# indicator extraction: core throughput on seed paragraphs (MB/s, no server)
.PHONY: bench-extract
build/bench/bench_extract: test/bench/bench_extract.c $(CORE_SRCS) build/gen/pe_general_data.o $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(CC) -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -g -Isrc/core -o $@ $< $(CORE_CODE) $(UNIT_LIBS)
bench-extract: build/bench/bench_extract
	build/bench/bench_extract -s $(or $(BENCH_SECONDS),3) $(or $(BENCH_FILES),$(wildcard ../shared/seeds/*.txt))
