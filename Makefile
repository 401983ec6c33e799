# The two commands of the README. Each installs what is missing first.
.PHONY: serve test build
serve:
	scripts/serve.sh
test:
	scripts/test.sh
build:
	scripts/build.sh
