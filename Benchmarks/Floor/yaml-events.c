/*
 * yaml-events FILE...: parses each YAML file into libyaml's events and does nothing else with
 * them: the least any reader of a plan spec built on libyaml can spend. Benchmarks/run.sh
 * times it on the generated specs beside renja's batch ("The floor").
 * libyaml 0.2.5, the version Yams bundles and renja's loader runs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static int parse(const char *path, long *events) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) return 0;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? size : 1);
    int ok = bytes != NULL && fread(bytes, 1, size, file) == (size_t)size;
    fclose(file);
    yaml_parser_t parser;
    if (ok && yaml_parser_initialize(&parser)) {
        yaml_parser_set_input_string(&parser, bytes, size);
        yaml_event_t event;
        for (int done = 0; ok && !done;) {
            ok = yaml_parser_parse(&parser, &event);
            if (ok) {
                done = event.type == YAML_STREAM_END_EVENT;
                yaml_event_delete(&event);
                ++*events;
            }
        }
        yaml_parser_delete(&parser);
    } else {
        ok = 0;
    }
    free(bytes);
    return ok;
}

int main(int argc, char **argv) {
    long events = 0;
    for (int i = 1; i < argc; i++) {
        if (!parse(argv[i], &events)) {
            fprintf(stderr, "yaml-events: cannot parse %s\n", argv[i]);
            return 1;
        }
    }
    printf("%d files, %ld events\n", argc - 1, events);
    return 0;
}
