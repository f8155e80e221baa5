/* A stand-in compositor offering wl_seat and ext_idle_notifier_v1, compiled at test time.
 *
 * No compositor here offers ext-idle-notify-v1 (sway 1.7, Weston 10), so the tests run the
 * client against this one, built on the real libwayland-server with wayland-scanner's
 * code for the protocol XML. It listens on $XDG_RUNTIME_DIR/<argv[1]>, prints
 * "ready" once listening and "notification <timeout_ms>" for each get_idle_notification,
 * and sends `idled` or `resumed` to every notification when it reads that word on stdin.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wayland-server.h>
#include "ext-idle-notify-v1-server-protocol.h"

static struct wl_list notifications; /* of wl_resource links */

static void resource_destroy(struct wl_client *client, struct wl_resource *resource) {
    (void)client;
    wl_resource_destroy(resource);
}

static void notification_gone(struct wl_resource *resource) {
    wl_list_remove(wl_resource_get_link(resource));
}

static const struct ext_idle_notification_v1_interface notification_impl = {
    .destroy = resource_destroy,
};

static void get_idle_notification(struct wl_client *client, struct wl_resource *notifier,
                                  uint32_t id, uint32_t timeout, struct wl_resource *seat) {
    (void)seat;
    struct wl_resource *note = wl_resource_create(
        client, &ext_idle_notification_v1_interface, wl_resource_get_version(notifier), id);
    wl_resource_set_implementation(note, &notification_impl, NULL, notification_gone);
    wl_list_insert(&notifications, wl_resource_get_link(note));
    printf("notification %u\n", timeout);
    fflush(stdout);
}

static const struct ext_idle_notifier_v1_interface notifier_impl = {
    .destroy = resource_destroy,
    .get_idle_notification = get_idle_notification,
};

static void bind_notifier(struct wl_client *client, void *data, uint32_t version, uint32_t id) {
    (void)data;
    struct wl_resource *r = wl_resource_create(client, &ext_idle_notifier_v1_interface, version, id);
    wl_resource_set_implementation(r, &notifier_impl, NULL, NULL);
}

static void seat_release(struct wl_client *client, struct wl_resource *resource) {
    resource_destroy(client, resource);
}

static const struct wl_seat_interface seat_impl = {.release = seat_release};

static void bind_seat(struct wl_client *client, void *data, uint32_t version, uint32_t id) {
    (void)data;
    struct wl_resource *r = wl_resource_create(client, &wl_seat_interface, version, id);
    wl_resource_set_implementation(r, &seat_impl, NULL, NULL);
    wl_seat_send_capabilities(r, 0);
}

static int on_stdin(int fd, uint32_t mask, void *data) {
    struct wl_display *display = data;
    char line[64];
    ssize_t n = read(fd, line, sizeof line - 1);
    if (n <= 0 || (mask & WL_EVENT_HANGUP)) {
        wl_display_terminate(display);
        return 0;
    }
    line[n] = '\0';
    struct wl_resource *note;
    wl_resource_for_each(note, &notifications) {
        if (strncmp(line, "idled", 5) == 0)
            ext_idle_notification_v1_send_idled(note);
        else if (strncmp(line, "resumed", 7) == 0)
            ext_idle_notification_v1_send_resumed(note);
    }
    wl_display_flush_clients(display);
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2)
        return 2;
    wl_list_init(&notifications);
    struct wl_display *display = wl_display_create();
    if (wl_display_add_socket(display, argv[1]) != 0)
        return 1;
    wl_global_create(display, &wl_seat_interface, 1, NULL, bind_seat);
    wl_global_create(display, &ext_idle_notifier_v1_interface, 1, NULL, bind_notifier);
    wl_event_loop_add_fd(wl_display_get_event_loop(display), STDIN_FILENO, WL_EVENT_READABLE,
                         on_stdin, display);
    printf("ready\n");
    fflush(stdout);
    wl_display_run(display);
    wl_display_destroy_clients(display);
    wl_display_destroy(display);
    return 0;
}
