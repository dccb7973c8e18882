"""Oscar's strings that buyers read on this site, marked here so that our catalogs hold them.

Our catalogs (LOCALE_PATHS) come before Oscar's own, so an entry for one of these msgids
replaces Oscar's translation. Marked are the strings Oscar's templates, views and messages
show to buyers whose Oscar translation is missing in one of the site's languages (Django
then shows English) or wrong (Oscar's Spanish says "tú" where the site says "usted").
Marking them in code keeps bin/update-messages (makemessages --no-obsolete) from dropping
their entries. Each msgid, context and plural is exactly Oscar's, whitespace included:
gettext matches the whole string. Nothing imports this module.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

STRINGS = (
    # oscar/apps/basket/forms.py
    gettext_noop(
        "This product cannot be added to the basket as its currency isn't the same as other "
        'products in your basket',
    ),
    gettext_noop('Move to Basket'),
    gettext_noop(
        'Due to technical limitations we are not able to ship more than %(threshold)d items in '
        'one order. Your basket currently has %(basket)d items.',
    ),
    gettext_noop(
        'This product cannot be added to the basket because a price could not be determined for '
        'it.',
    ),
    # oscar/apps/basket/middleware.py
    ngettext_lazy(
        'We have merged %(num_items_merged)d item from a previous session to your basket.',
        'We have merged %(num_items_merged)d items from a previous session to your basket.',
    ),
    # oscar/apps/basket/views.py
    gettext_noop('Your basket has got some issues. Please correct any validation errors below.'),
    gettext_noop("You can't save an item for later if you're not logged in!"),
    gettext_noop('Your basket does not qualify for a voucher discount'),
    gettext_noop("Voucher '%(code)s' added to basket"),
    gettext_noop("You have already added the '%(code)s' voucher to your basket"),
    gettext_noop("Voucher '%s' removed from basket"),
    # oscar/apps/catalogue/utils.py
    gettext_noop('%(filename)s is not a valid image (%(error)s)'),
    gettext_noop('%s is not a valid image archive'),
    # oscar/apps/checkout/session.py
    gettext_noop('You need to add some items to your basket to checkout'),
    gettext_noop('Please either sign in or enter your email address'),
    gettext_noop(
        "'%(title)s' is no longer available to buy (%(reason)s). Please adjust your basket to "
        'continue',
    ),
    # oscar/apps/checkout/views.py
    gettext_noop('A problem occurred while placing this order. Please contact customer services.'),
    # oscar/apps/customer/forms.py
    gettext_noop(
        '%s has been sent a confirmation email for another product alert on this site. Please '
        'confirm or cancel that request before signing up for more alerts.',
    ),
    gettext_noop('You already have an active alert for this product'),
    # oscar/apps/customer/views.py
    gettext_noop('Order not found'),
    gettext_noop('Your profile has now been deleted. Thanks for using the site.'),
    gettext_noop("'%s' has been added to your basket"),
    gettext_noop('All available lines from order %(number)s have been added to your basket'),
    gettext_noop("%(qty)d copies of '%(product)s' have been added to your basket"),
    # oscar/apps/payment/forms.py
    gettext_noop('Please enter a valid credit card number.'),
    gettext_noop('Enter a valid month.'),
    gettext_noop('Enter a valid year.'),
    gettext_noop('The expiration date you entered is in the past.'),
    gettext_noop('The starting date you entered is in the future.'),
    gettext_noop('American Express cards use a 4 digit security code'),
    gettext_noop('This is the 3 or 4 digit security number on the back of your bankcard'),
    # oscar/apps/wishlists/views.py
    gettext_noop('You must be logged in to view the wish list'),
    # oscar/core/validators.py
    gettext_noop('The URL "%s" does not exist'),
    gettext_noop('Specified page already exists!'),
    gettext_noop('This field is invalid as its value is forbidden'),
    # oscar/forms/mixins.py
    gettext_noop('This is not a valid international phone format.'),
    gettext_noop('This is not a valid local phone format for %s.'),
    # oscar/templates/oscar/403.html
    gettext_noop('Permission denied!'),
    gettext_noop("We're sorry but you are not permitted to access this page."),
    # oscar/templates/oscar/basket/messages/addition.html
    gettext_noop('\n    <strong>%(title)s</strong> has been added to your basket.\n    '),
    gettext_noop(
        '\n    <strong>%(quantity)s</strong> copies of <strong>%(title)s</strong>\n    have been '
        'added to your basket.\n    ',
    ),
    # oscar/templates/oscar/basket/messages/line_restored.html
    gettext_noop('\n<strong>%(title)s</strong> has been moved back to your basket.\n'),
    # oscar/templates/oscar/basket/messages/new_total.html
    gettext_noop('\n        Your basket total is now <strong>%(total)s</strong>\n        '),
    gettext_noop('Your basket is now empty'),
    # oscar/templates/oscar/basket/messages/offer_gained.html
    gettext_noop('\nYour basket now qualifies for the \n<strong>%(name)s</strong> offer.\n'),
    # oscar/templates/oscar/basket/messages/offer_lost.html
    gettext_noop('\nYour basket no longer qualifies for the\n<strong>%(name)s</strong> offer.\n'),
    # oscar/templates/oscar/basket/partials/basket_content.html
    gettext_noop(
        '\n                <div class="warning">%(message)s to qualify for the <a '
        'href="%(url)s">%(offer_name)s</a> special offer</div>\n            ',
    ),
    gettext_noop('Your basket is empty.'),
    gettext_noop('Important messages about items in your basket'),
    gettext_noop('Move to basket'),
    # oscar/templates/oscar/basket/partials/basket_totals.html
    gettext_noop('Surcharges'),
    gettext_noop('Post order actions'),
    gettext_noop('Basket total (before discounts)'),
    gettext_noop('Basket total (after discounts)'),
    gettext_noop('Basket total'),
    # oscar/templates/oscar/catalogue/partials/add_to_basket_form.html
    gettext_noop('Submitting...'),
    gettext_noop('You have an active stock alert for this product.'),
    # oscar/templates/oscar/catalogue/partials/add_to_wishlist.html
    gettext_noop(
        "\n                                        Add to '%(name)s' wish list\n"
        '                                    ',
    ),
    gettext_noop(
        '\n                    <span class="float-left">Product is in <a '
        'href="%(url)s">\'%(name)s\'</a> wishlist.</span>\n                ',
    ),
    # oscar/templates/oscar/catalogue/partials/review.html
    gettext_noop('\n                Reviewed by you on %(review_date)s\n                '),
    gettext_noop(
        '\n                    Reviewed by <strong>%(name)s</strong> on %(review_date)s\n'
        '                ',
    ),
    ngettext_lazy(
        '\n            <strong>%(num_up_votes)s</strong> of %(num_votes)s customer found this '
        'useful\n            ',
        '\n            <strong>%(num_up_votes)s</strong> of %(num_votes)s customers found this '
        'useful\n            ',
    ),
    gettext_noop('This review has no votes.'),
    # oscar/templates/oscar/catalogue/reviews/partials/review_stars.html
    ngettext_lazy(
        '\n                    %(num_reviews)s customer review\n                ',
        '\n                    %(num_reviews)s customer reviews\n                ',
    ),
    # oscar/templates/oscar/catalogue/reviews/review_form.html
    gettext_noop('Leave a product review'),
    # oscar/templates/oscar/checkout/gateway.html
    gettext_noop('Who are you?'),
    # oscar/templates/oscar/checkout/payment_details.html
    gettext_noop('Payment details'),
    gettext_noop(
        "This page needs implementing within your project.  You may want to use one of Oscar's "
        'payment gateway libraries:',
    ),
    # oscar/templates/oscar/checkout/shipping_address.html
    gettext_noop('An address from your address book?'),
    gettext_noop('Ship to this address'),
    gettext_noop('Or a new address?'),
    gettext_noop('return to basket'),
    # oscar/templates/oscar/checkout/shipping_methods.html
    gettext_noop('Method'),
    gettext_noop(
        '\n                                This includes a discount of '
        '<strong>%(amount)s</strong> as\n                                your basket qualifies '
        'for the <strong>%(name)s</strong> offer.\n                            ',
    ),
    # oscar/templates/oscar/checkout/thank_you.html
    gettext_noop('\n        Order %(number)s: confirmation\n    '),
    gettext_noop(
        '\n                                Allocation of %(amount)s from type %(type)s '
        '(reference: %(reference)s)\n                            ',
    ),
    gettext_noop(
        '\n                                Allocation of %(amount)s from type %(type)s\n'
        '                            ',
    ),
    # oscar/templates/oscar/communication/emails/commtype_email_changed_body.html
    gettext_noop(
        "You're receiving this email because your email address has been changed to "
        '<strong>%(email)s</strong>.',
    ),
    # oscar/templates/oscar/communication/emails/commtype_order_placed_body.html
    gettext_noop(
        'You can view the status of this order by clicking <a href="%(absolute_status_url)s" '
        'title="order status">here</a>',
    ),
    gettext_noop(
        'We are pleased to confirm your order %(order_number)s has been received and\n        '
        'will be processed shortly.',
    ),
    gettext_noop('Basket total:'),
    # oscar/templates/oscar/communication/emails/commtype_order_placed_body.txt
    gettext_noop(
        'You can view the status of this order at the below URL:\n%(absolute_status_url)s',
    ),
    # oscar/templates/oscar/communication/emails/commtype_password_changed_body.html
    gettext_noop(
        "You're receiving this e-mail because your password has been changed at %(name)s.",
    ),
    # oscar/templates/oscar/communication/emails/commtype_password_changed_body.txt
    gettext_noop(
        "\nYou're receiving this email because your password has been changed at %(name)s.\n",
    ),
    # oscar/templates/oscar/communication/emails/commtype_product_alert_body.html
    gettext_noop(
        "\n            We are happy to inform you that our product '%(title)s' is back in stock:\n"
        '            %(url)s\n        ',
    ),
    gettext_noop(
        '\n                Beware that the amount of items in stock is limited. Be quick or '
        'someone might get there first.\n            ',
    ),
    gettext_noop(
        '\n            With this email we have disabled your alert automatically and you will '
        'not\n            receive any further email regarding this product.\n        ',
    ),
    # oscar/templates/oscar/communication/emails/commtype_product_alert_body.txt
    gettext_noop(
        "\nWe are happy to inform you that our product '%(title)s' is back in stock:\n%(url)s\n",
    ),
    # oscar/templates/oscar/communication/emails/commtype_product_alert_confirmation_body.html
    gettext_noop(
        '\n        Hello,\n        <p>\n            Somebody (hopefully you) has requested an '
        "email alert when '%(title)s' is back in stock.\n            Please click the following "
        'link to confirm: %(confirm_url)s\n        </p>\n        <p>\n            You can cancel '
        'this alert at any time by clicking the following link: %(cancel_url)s\n        </p>\n\n'
        '        <p>\n            Thanks for your interest,\n            The %(site)s Team\n'
        '        </p>\n    ',
    ),
    # oscar/templates/oscar/communication/emails/commtype_product_alert_confirmation_body.txt
    gettext_noop(
        "\nHello,\n\nSomebody (hopefully you) has requested an email alert when\n'%(title)s' is "
        'back in stock.  Please click the following link\nto confirm: %(confirm_url)s\n\nYou can '
        'cancel this alert at any time by clicking the following link:\n%(cancel_url)s\n\nThanks '
        'for your interest,\nThe %(site)s Team\n',
    ),
    # oscar/templates/oscar/communication/emails/commtype_product_alert_subject.txt
    gettext_noop('%(title)s is back in stock'),
    # oscar/templates/oscar/customer/alerts/message_subject.html
    gettext_noop('\n%(title)s is back in stock\n'),
    # oscar/templates/oscar/customer/anon_order.html
    gettext_noop('Basket total (inc. tax)'),
    # oscar/templates/oscar/customer/anon_order_form.html
    gettext_noop('Enter the following information you used for this order'),
    gettext_noop('Submit'),
    # oscar/templates/oscar/customer/login_registration.html
    gettext_noop("I've forgotten my password"),
    # oscar/templates/oscar/customer/order/order_list.html
    gettext_noop('Filter results'),
    gettext_noop('Total inc tax'),
    gettext_noop('No orders match your search.'),
    gettext_noop("You haven't placed any orders."),
    # oscar/templates/oscar/customer/profile/profile.html
    gettext_noop('Edit profile'),
    # oscar/templates/oscar/customer/wishlists/wishlists_delete_product.html
    gettext_noop('Remove product'),
    gettext_noop(
        '\n                Are you sure you want to delete %(product_name)s from wish list '
        '%(wishlist_name)s?\n            ',
    ),
    # oscar/templates/oscar/customer/wishlists/wishlists_detail.html
    gettext_noop('Not available anymore'),
    gettext_noop('View product'),
    gettext_noop(
        "\n                                                            Move to '%(name)s' wish "
        'list\n                                                        ',
    ),
    gettext_noop('Update quantities'),
    # oscar/templates/oscar/customer/wishlists/wishlists_form.html
    gettext_noop('Share wishlist'),
    gettext_noop(
        'If you want to share your wishlist with others, you can add their email addresses below. '
        'The visibility must be set to shared in order for this to work.',
    ),
    gettext_noop('What should your new wish list be called?'),
    gettext_noop(
        '\n                    After your wishlist is created, <strong>%(title)s</strong> will be '
        'added.\n                ',
    ),
    # oscar/templates/oscar/customer/wishlists/wishlists_list.html
    gettext_noop('Copy sharing link'),
    gettext_noop('Number of products'),
    gettext_noop('Wish list settings'),
    gettext_noop("You don't have any wish lists yet."),
    # oscar/templates/oscar/forms/widgets/image_input_widget.html
    gettext_noop('Unrecognized image type!'),
    # oscar/templates/oscar/login_forbidden.html
    gettext_noop("This page is only available to users who aren't logged in."),
    # oscar/templates/oscar/partials/form_fields.html
    gettext_noop('please check the error messages below and try again'),
    # oscar/templates/oscar/partials/pagination.html
    gettext_noop(
        '\n                        Page %(page_num)s of %(total_pages)s\n                    ',
    ),
    # oscar/templates/oscar/registration/password_reset_done.html
    gettext_noop(
        "\n        If you don't receive an email, please make sure you've entered the address you "
        'registered with, and check\n        your spam folder.\n    ',
    ),
    # oscar/templates/oscar/wishlists/wishlist_detail.html
    gettext_noop('This wish list is empty.'),
)
